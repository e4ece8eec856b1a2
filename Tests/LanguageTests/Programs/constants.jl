println(pi, " ", π ≈ 3.14159, " ", Inf > 1e308, " ", isnan(NaN), " ", nothing)
# expect: 3.141592653589793 false true true nothing
println(isnothing(nothing), " ", typeof(nothing))
# expect: true Nothing
