# `//` builds an exact Rational{Int64} in lowest terms, the sign on the numerator.
println(2//3, " ", -4//8, " ", 5//-15, " ", 0//7, " ", 5//0, " ", -3//0)
# expect: 2//3 -1//2 -1//3 0//1 1//0 -1//0
x = 3//4
println(x + 1//4, " ", x - 1, " ", 2x, " ", x / 3, " ", 1 / x, " ", x // 2, " ", -x)
# expect: 1//1 -1//4 3//2 1//4 4//3 3//8 -3//4
println(x^2, " ", x^-2, " ", (-x)^3, " ", x^0, " ", (0//1)^-1)
# expect: 9//16 16//9 -27//64 1//1 1//0
# With a float the answer is the float of Float64(x).
println(x + 0.25, " ", x * 2.0, " ", x ^ 2.0, " ", 2^(1//2) == sqrt(2), " ", 4^(2//1))
# expect: 1.0 1.5 0.5625 true 16.0
# Comparisons with floats are exact: Float64(1/3) is a little below 1//3.
println((1//3 < 0.33, 1//3 > 0.3333333333333333, 1//2 == 0.5, 1//0 == Inf, -1//0 < -1e308, 3//1 == 3, 1//3 != 1//4, NaN < 1//2))
# expect: (false, true, true, true, true, true, true, false)
r = -6//4
println(numerator(r), " ", denominator(r), " ", float(r), " ", Float64(r), " ", typeof(r), " ", r isa Real, " ", abs(r), " ", inv(r))
# expect: -3 2 -1.5 -1.5 Rational{Int64} true 3//2 -2//3
println((numerator(7), denominator(7), isinteger(4//2), Int(4//2), sign(-2//3)))
# expect: (7, 1, true, 2, -1//1)
println((1//2 === 2//4, 1//2 == 1, string(1//3), repr(2//3), 1//2 * (1.5 + 2im)))
# expect: (true, false, "1//3", "2//3", 0.75 + 1.0im)
f(x::Rational) = "rational"
f(x::Integer) = "integer"
println((f(1//2), f(2), 1//2 isa Rational, 0.5 isa Rational, typeof(1//2) == Rational{Int64}, typeof(Rational)))
# expect: ("rational", "integer", true, false, true, UnionAll)
