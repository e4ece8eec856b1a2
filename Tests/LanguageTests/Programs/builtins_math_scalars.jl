println(sqrt(16), " ", exp(0), " ", log(1), " ", abs(-3.5), " ", sign(-2), " ", sigm(0.0), " ", relu(-1.0))
# expect: 4.0 1.0 0.0 3.5 -1 0.5 0.0
println(min(3, 1, 2), " ", max(1, 2.5), " ", clamp(0.5, 0, 1), " ", abs2(-3))
# expect: 1 2.5 0.5 9
println(log10(1000.0), " ", log2(8), " ", sin(0.0), " ", cos(0.0), " ", tanh(0.0))
# expect: 3.0 3.0 0.0 1.0 0.0
println(iseven(4), " ", isodd(4), " ", isnan(0/0), " ", isinf(1/0), " ", isapprox(1.0, 1.0 + 1e-10))
# expect: true false true true true
println(zero(5), " ", one(2.5), " ", div(7, 2), " ", rem(-7, 2))
# expect: 0 1.0 3 -1
