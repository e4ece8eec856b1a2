println(!true && false, " ", !(true && false), " ", true || false && false)
# expect: false true true
println(1 + 2 == 3 && 2 * 3 == 6, " ", 1 < 2 == true)
# expect: true false
x = 5
println(x > 3 ? x > 4 ? "big" : "mid" : "small")
# expect: big
println(2 * 3 ^ 2, " ", -3 ^ 2, " ", (2 + 3) * 4 - 6 / 2, " ", 10 - 2 - 3)
# expect: 18 -9 17.0 5
println(2 ^ 3 * 2, " ", 7 ÷ 2 * 2, " ", 7 % 4 * 3)
# expect: 16 6 9
