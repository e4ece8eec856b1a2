# Integers stay integers; / always gives a float.
println(6 * 7)
# expect: 42
println(7 / 2)
# expect: 3.5
println(2^10)
# expect: 1024
println(7 ÷ 2, " ", -7 ÷ 2)
# expect: 3 -3
println(7 % 3, " ", -7 % 3)
# expect: 1 -1
println(mod(-7, 3))
# expect: 2
println(1 + 2 * 3 - 4)
# expect: 3
println(typeof(6 * 7), " ", typeof(7 / 2))
# expect: Int64 Float64
