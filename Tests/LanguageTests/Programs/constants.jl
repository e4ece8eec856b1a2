println(pi, " ", π ≈ 3.14159, " ", Inf > 1e308, " ", isnan(NaN), " ", nothing)
# expect: π false true true nothing
println(isnothing(nothing), " ", typeof(nothing))
# expect: true Nothing
