# Float32 numbers compute in Float32 and print as Julia's: `show` says the type (1.5f0,
# 1.0f-5, Inf32), `print` does not. A function Julia computes by a Float32 method of
# its own (exp, log, sin, ...) is refused rather than computed in Float64.
x = Float32(0.1)
println(x, " ", repr(x), " ", typeof(x))
# expect: 0.1 0.1f0 Float32
println(repr(x + 0.2f0), " ", repr(x + 0.2), " ", repr(x * 3), " ", repr(x / 0f0))
# expect: 0.3f0 0.30000000149011613 0.3f0 Inf32
println(repr(sqrt(2f0)), " ", repr(2f0^0.5f0), " ", repr(1f-5), " ", string(1f-5))
# expect: 1.4142135f0 1.4142135f0 1.0f-5 1.0e-5
h(y::AbstractFloat) = typeof(y)
println(h(1f0), " ", h(1.0), " ", 1f0 isa Real)
# expect: Float32 Float64 true
println(exp(x))
# expect error: line 14, column 9: exp(::Float32) is not supported
