# Floats print in Julia's shortest round-trip form.
println(1.0)
# expect: 1.0
println(0.1 + 0.2)
# expect: 0.30000000000000004
println(1e-3)
# expect: 0.001
println(1e-5)
# expect: 1.0e-5
println(0.0001)
# expect: 0.0001
println(100000.0)
# expect: 100000.0
println(1e6)
# expect: 1.0e6
println(1234567.0)
# expect: 1.234567e6
println(-2.5e-7)
# expect: -2.5e-7
println(1/0, " ", -1/0, " ", 0/0)
# expect: Inf -Inf NaN
println(2.0^0.5)
# expect: 1.4142135623730951
println(1e22)
# expect: 1.0e22
println(-0.0)
# expect: -0.0
