# Bit operators on integers, and every updating form of an operator.
println(1 << 3, " ", -16 >> 2, " ", -1 >>> 60, " ", 5 ⊻ 3, " ", ~0, " ", 6 & 3, " ", 6 | 3)
# expect: 8 -4 15 6 -1 2 7
println(1 << 64, " ", -1 >> 70, " ", 8 << -1, " ", true ⊻ true, " ", ~true)
# expect: 0 -1 4 false false
println([1, 2] .<< 1, " ", [true, false] .& [true, true], " ", [1, 2] .& [3, 3], " ", .![true, false])
# expect: [2, 4] Bool[1, 0] [1, 2] Bool[0, 1]
x = 17
x ÷= 5
println(x)
# expect: 3
y = 6
y ⊻= 3
println(y)
# expect: 5
y <<= 2
y >>= 1
y |= 1
println(y)
# expect: 11
y &= 6
y %= 3
println(y)
# expect: 2
v = [1.0, 2.0]
v .÷= 2
println(v)
# expect: [0.0, 1.0]
1.5 << 2
# expect error: line 29, column 1: `<<` works on integers and Bools
