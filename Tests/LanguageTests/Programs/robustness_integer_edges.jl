# Integer edge cases stop with errors, never wrap or trap.
m = -9223372036854775807 - 1
println(m, " ", mod(m, -1), " ", m % 2)
# expect: -9223372036854775808 0 0
println(abs(-5), " ", -(-5))
# expect: 5 5
println(onehot(1, 1))
# expect: [1.0]
x = div(m, -1)
# expect error: integer division error: -9223372036854775808 ÷ -1 (DivideError)
