# Literal forms: exponents, underscores, leading and trailing points.
println(1_000_000)
# expect: 1000000
println(.5 + 1.)
# expect: 1.5
println(2.5e2)
# expect: 250.0
println(1E3)
# expect: 1000.0
