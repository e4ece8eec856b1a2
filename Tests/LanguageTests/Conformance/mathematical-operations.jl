# Manual chapter: Mathematical Operations and Elementary Functions
# (doc/src/manual/mathematical-operations.md)

# case: Arithmetic Operators — the basic operators on integers
println((1 + 2 + 3, 1 - 2, 3 * 2 / 12))
# expect: (6, -1, 0.5)

# case: Arithmetic Operators — / always gives a float, ÷ truncates, % is the remainder
println((7 / 2, 7 ÷ 2, -7 ÷ 2, 7 % 3, -7 % 3))
# expect: (3.5, 3, -3, 1, -1)

# case: Arithmetic Operators — \ is inverse division and ^ keeps integers integer
println((2 \ 6, 2^10, 2.0^3))
# expect: (3.0, 1024, 8.0)

# case: Arithmetic Operators — unary plus and minus
x = 5
println((+x, -x, - -x))
# expect: (5, -5, 5)

# case: Boolean Operators — negation, and Bool arithmetic
println((!true, !false, true + true, true * 3))
# expect: (false, true, 2, 3)

# case: Arithmetic Operators — false is a strong zero in multiplication
println(NaN * false)
println(false * Inf)
println(true * NaN)
# expect: 0.0
# expect: 0.0
# expect: NaN

# case: Arithmetic Operators — Bool times or plus a float, element by element, is Bool's own method (base/bool.jl: false + y is y, false * y is a zero with y's sign)
mask = [false, true, false]
x = [-0.0, -0.0, NaN]
println(mask .+ x, " ", x .+ mask, " ", mask + x, " ", false .+ x)
println(mask .* [NaN, 2.0, -Inf], " ", [Inf, 2.0, -Inf] .* mask)
println(mask .+ x .* 1.0, " ", (mask .+ x) .- 0.0, " ", mask .- x)
y = [-0.0, 1.0]
y .+= [false, true]
println(y)
# expect: [-0.0, 1.0, NaN] [-0.0, 1.0, NaN] [-0.0, 1.0, NaN] [-0.0, -0.0, NaN]
# expect: [0.0, 2.0, -0.0] [0.0, 2.0, -0.0]
# expect: [-0.0, 1.0, NaN] [-0.0, 1.0, NaN] [0.0, 1.0, NaN]
# expect: [-0.0, 2.0]

# case: Bitwise Operators — not, and, or, xor on integers
println((~123, 123 & 234, 123 | 234, 123 ⊻ 234, xor(123, 234)))
# expect: (-124, 106, 251, 145, 145)

# case: Bitwise Operators — not on unsigned integers
println(repr(~UInt8(123)))
println(repr(~UInt32(123)))
# expect: 0x84
# expect: 0xffffff84

# case: Bitwise Operators — shifts
println((1 << 3, -8 >> 1, 16 >>> 2))
# expect: (8, -4, 4)

# case: Bitwise Operators — nand and nor
println((nand(123, 123), nor(123, 124)))
# expect: (-124, -128)

# case: Updating operators — x op= y rebinds x
x = 1
x += 3
println(x)
x *= 2
println(x)
x -= 1; x ÷= 2
println(x)
x ^= 2
println(x)
# expect: 4
# expect: 8
# expect: 3
# expect: 9

# case: Updating operators — an update can change the type of the variable
x = 0x01
x *= 2
println(typeof(x), " ", x)
y = 3
y /= 2
println(typeof(y), " ", y)
# expect: Int64 2
# expect: Float64 1.5

# case: Vectorized "dot" operators — ^ over an array
println([1, 2, 3] .^ 3)
# expect: [1, 8, 27]

# case: Vectorized "dot" operators — a scalar broadcast against an array
println(2 .* [1, 2, 3] .+ 1)
# expect: [3, 5, 7]

# case: Vectorized "dot" operators — @. dots every operator
v = [1.0, 2.0, 3.0]
println(@. 2v^2 + 1)
# expect: [3.0, 9.0, 19.0]

# case: Vectorized "dot" operators — a vector and a row broadcast to a matrix
display([1, 2] .+ [10 20 30])
# expect: 2×3 Matrix{Int64}:
# expect:  11  21  31
# expect:  12  22  32

# case: Vectorized "dot" operators — dotted comparison makes a BitVector
b = [1, 5, 3] .> 2
display(b)
# expect: 3-element BitVector:
# expect:  0
# expect:  1
# expect:  1

# case: Vectorized "dot" operators — a dotted operator as a function value
println(broadcast(+, [1, 2], 10))
println((.+)([1, 2], 10))
# expect: [11, 12]
# expect: [11, 12]

# case: Vectorized "dot" operators — a dotted operator is Base.Broadcast.BroadcastFunction
display(.*)
println(typeof(.+))
# expect: Base.Broadcast.BroadcastFunction(*)
# expect: Base.Broadcast.BroadcastFunction{typeof(+)}

# case: Vectorized "dot" operators — map with a dotted operator works on pairs of arrays (its docstring)
a = [[1 3; 2 4], [5 7; 6 8]]
b = [[9 11; 10 12], [13 15; 14 16]]
display(map(.*, a, b))
# expect: 2-element Vector{Matrix{Int64}}:
# expect:  [9 33; 20 48]
# expect:  [65 105; 84 128]

# case: Numeric Comparisons — between integers and floats and of signed zeros
println((1 == 1.0, 1 == 2, 1 != 2, 1 < 2, 1 <= 1, -0.0 == 0.0))
# expect: (true, false, true, true, true, true)

# case: Numeric Comparisons — NaN is not equal to anything, itself included
println((NaN == NaN, NaN != NaN, NaN < NaN, NaN > NaN))
# expect: (false, true, false, false)

# case: Numeric Comparisons — isequal and === tell signed zeros apart and NaN from itself
println((isequal(NaN, NaN), isequal(-0.0, 0.0), NaN === NaN, -0.0 === 0.0))
# expect: (true, false, true, false)

# case: Numeric Comparisons — arrays with NaN are not ==, but isequal
println([1 NaN] == [1 NaN])
println(isequal([1 NaN], [1 NaN]))
# expect: false
# expect: true

# case: Numeric Comparisons — isfinite, isinf and isnan
println((isfinite(5), isfinite(Inf), isinf(-Inf), isnan(NaN), isnan(1.0)))
# expect: (true, false, true, true, false)

# case: Numeric Comparisons — -Inf < every finite float < Inf
println((-Inf < -1e308, 1e308 < Inf, Inf == Inf))
# expect: (true, true, true)

# case: Chaining comparisons — arbitrary chains
println(1 < 2 <= 2 < 3 == 3 > 2 >= 1 == 1 < 3 != 5)
# expect: true

# case: Chaining comparisons — a chain over arrays with dotted comparisons
v = [0, 1, 2, 3, 4]
println(0 .< v .< 3)
# expect: Bool[0, 1, 1, 0, 0]

# case: Chaining comparisons — a computed middle operand is evaluated before the left one (the manual's v(1) < v(2) <= v(3); julia-syntax.scm's compare-one stores it first)
shout(n) = (print(n, " "); n)
println(shout(10) < shout(20) <= shout(30))
println(shout(5) >= shout(6) < shout(7))
a = 1
println(shout(0) < a < shout(2))
# expect: 20 10 30 true
# expect: 6 5 false
# expect: 0 2 true

# case: Operator Precedence and Associativity — ^ binds tighter than unary minus
println((-2^2, (-2)^2, 2^-1, 2 + 3 * 4, (2 + 3) * 4))
# expect: (-4, 4, 0.5, 14, 20)

# case: Operator Precedence and Associativity — ^ associates to the right
println(2^3^2)
# expect: 512

# case: Numerical Conversions — converting to a narrower integer checks the value
println(Int8(127))
println(Int8(127.0))
try
    Int8(128)
catch err
    println(err isa InexactError)
end
try
    Int8(3.14)
catch err
    println(err isa InexactError)
end
# expect: 127
# expect: 127
# expect: true
# expect: true

# case: Numerical Conversions — round, trunc, floor and ceil to an integer type
println((round(Int, 3.7), trunc(Int, -3.7), floor(Int, -3.7), ceil(Int, 3.2)))
# expect: (4, -3, -4, 4)

# case: Rounding functions — round to even at halves, and digits=
println((round(2.5), round(3.5), round(-2.5), round(0.5)))
println(round(3.14159, digits = 2))
println(round(1234.5678, sigdigits = 3))
# expect: (2.0, 4.0, -2.0, 0.0)
# expect: 3.14
# expect: 1230.0

# case: Rounding functions — floor, ceil and trunc on floats keep the float type
println((floor(-2.5), ceil(-2.5), trunc(-2.5), floor(3)))
# expect: (-3.0, -2.0, -2.0, 3)

# case: Division functions — div, fld, cld, rem, mod
println((div(7, 3), div(-7, 3), fld(-7, 3), cld(7, 3), rem(-7, 3), mod(-7, 3)))
# expect: (2, -2, -3, 3, -1, 2)

# case: Division functions — mod with floats and negative divisors
println((mod(5.5, 2), mod(7, -3), rem(7, -3)))
# expect: (1.5, -2, 1)

# case: Division functions — mod1, divrem and fldmod
println((mod1(3, 3), mod1(4, 3), divrem(7, 3), fldmod(-7, 3)))
# expect: (3, 1, (2, 1), (-3, 2))

# case: Division functions — gcd and lcm
println((gcd(12, 18), lcm(4, 6), gcd(0, 5)))
# expect: (6, 12, 5)

# case: Sign and absolute value functions — abs, abs2, sign, signbit, copysign, flipsign
println((abs(-3), abs2(-3), sign(-2.5), sign(0), signbit(-0.0), copysign(3, -1), flipsign(3, -2)))
# expect: (3, 9, -1.0, 0, true, -3, -3)

# case: Powers, logs and roots — square and cube roots and hypot
println((sqrt(16), cbrt(27.0), hypot(3, 4), sqrt(2)))
# expect: (4.0, 3.0, 5.0, 1.4142135623730951)

# case: Powers, logs and roots — exp and log at simple points
println((exp(0), log(1), log2(8), log10(1000), log(2, 8)))
# expect: (1.0, 0.0, 3.0, 3.0, 3.0)

# case: Powers, logs and roots — log1p and expm1 at zero, exponent and significand
println((log1p(0), expm1(0), exponent(8.0), significand(8.0)))
# expect: (0.0, 0.0, 3, 1.0)

# The next cases print values where the C library's last digit differs from Julia's own
# functions (base/special/log.jl, exp.jl, cbrt.jl, hyperbolic.jl, math.jl's pow_body);
# each expected value is Julia's algorithm's result and the correctly rounded one, as
# 100-digit arithmetic (mpmath) shows.

# case: Powers, logs and roots — log2, log10 and log1p are Julia's table-driven ones (base/special/log.jl)
println((log2(0.86), log10(0.17), log1p(0.2), log1p(0.29)))
println(log10.([0.52, 0.54]))
# expect: (-0.21759143507262677, -0.769551078621726, 0.18232155679395465, 0.25464221837358075)
# expect: [-0.28399665636520083, -0.26760624017703144]

# case: Powers, logs and roots — expm1 and cbrt are Julia's own (base/special/exp.jl, cbrt.jl)
println((expm1(0.12), expm1(0.23), cbrt(0.01), cbrt(0.02)))
# expect: (0.12749685157937565, 0.2586000099294779, 0.21544346900318836, 0.27144176165949063)

# case: Hyperbolic functions — sinh, cosh, asinh and acosh are Julia's own (base/special/hyperbolic.jl)
println((sinh(0.2), cosh(0.4), asinh(0.4), acosh(1.6)))
println(sinh.([0.12, 0.21]))
# expect: (0.201336002541094, 1.0810723718384547, 0.3900353197707153, 1.0469679150031885)
# expect: [0.12028820743110907, 0.21154690699327808]

# case: Powers, logs and roots — a float to a fractional power is Julia's pow_body (base/math.jl), for scalars and .^
println((12.5^0.35, 20.9^0.35, 23.4^0.65))
println([12.5, 20.9] .^ 0.35)
# expect: (2.420574782769631, 2.897685183427093, 7.762297923616309)
# expect: [2.420574782769631, 2.897685183427093]

# case: Powers, logs and roots — log of a negative real is a DomainError
try
    log(-1)
catch err
    println(err isa DomainError)
end
# expect: true

# case: Trigonometric and hyperbolic functions — at zero, and in degrees
println((sin(0), cos(0), tan(0), sind(90), cosd(180)))
# expect: (0.0, 1.0, 0.0, 1.0, -1.0)

# case: Trigonometric and hyperbolic functions — sinpi, cospi and deg2rad
println((sinpi(0.5), cospi(1), deg2rad(180), rad2deg(pi)))
# expect: (1.0, -1.0, 3.141592653589793, 180.0)

# case: Trigonometric and hyperbolic functions — atan with two arguments
println(atan(1, 1) == pi / 4)
println(atan(1.0, 1.0))
# expect: true
# expect: 0.7853981633974483

# case: Mathematical Operations — π is an irrational constant that converts to the float
println(pi)
println(float(π))
println(2π)
# expect: π
# expect: 3.141592653589793
# expect: 6.283185307179586

# case: Mathematical Operations — max, min, minmax, clamp
println((max(1, 2.5), min(3, -1), minmax(5, 2), clamp(7, 1, 4), clamp(-0.5, 0, 1)))
# expect: (2.5, -1, (2, 5), 4, 0.0)

# case: Arithmetic Operators — integer division by zero with / gives Inf
println((1 / 0, -1 / 0, 0 / 0))
# expect: (Inf, -Inf, NaN)

# case: Arithmetic Operators — mixing integers and floats promotes to float
println((1 + 2.0, 3 * 0.5, 2^0.5))
# expect: (3.0, 1.5, 1.4142135623730951)

# case: Powers, logs and roots — an integer to a negative integer power is a DomainError
try
    2^(-1 * 2)
catch err
    println(err isa DomainError)
end
# expect: true

# case: Powers, logs and roots — factorial and binomial
println((factorial(5), binomial(5, 2)))
# expect: (120, 10)

# case: Arithmetic Operators — isapprox and ≈
println((0.1 + 0.2 ≈ 0.3, isapprox(1.0, 1.1), isapprox(1.0, 1.1, atol = 0.2)))
# expect: (true, false, true)

# case: Mathematical Operations — π is an Irrational that joins arithmetic, ranges and literals as a Float64
display(π)
println(typeof(π), " ", π isa Real, " ", π == 3.141592653589793, " ", [π, 1], " ", 0:π/2:π)
# expect: π = 3.1415926535897...
# expect: Irrational{:π} true false [3.141592653589793, 1.0] 0.0:1.5707963267948966:3.141592653589793

# case: Numeric Comparisons — an Irrational orders by its exact value: above its own nearest Float64
println((π > 3.141592653589793, π >= 3.141592653589793, π < 3.141592653589793, 3.141592653589793 < π, π < 3.2, 3 < π, ℯ > 2.718281828459045, π < NaN, π > NaN))
# expect: (true, true, false, true, true, true, true, false, false)

# case: Elementary Functions — the sign of zero: sqrt keeps it, a power (pow) does not
println(sqrt(-0.0), " ", (-0.0)^0.5, " ", (-0.0) .^ 0.5, " ", sqrt.([-0.0]))
# expect: -0.0 0.0 0.0 [-0.0]

# case: Powers, logs and roots — x^0 is one for every float, NaN and 0.0 included (pow_body: `n == 0 && return one(x)`, base/math.jl)
println(0.0^0, " ", 0.0^0.0, " ", NaN^0, " ", NaN^0.0, " ", 0^0.0, " ", Inf^0, " ", [0.0, NaN] .^ 0)
# expect: 1.0 1.0 1.0 1.0 1.0 1.0 [1.0, 1.0]

# case: Powers, logs and roots — 1.0^y is 1.0 and a huge exponent counts as an even integer (base/math.jl ^(::Float64, ::Float64))
println(1.0^NaN, " ", (-1.0)^Inf, " ", (-1.0)^-Inf, " ", 0.0^-0.5, " ", Inf^-0.5, " ", (-2.0)^5, " ", 2.0^-3)
# expect: 1.0 1.0 1.0 Inf 0.0 -32.0 0.125

# case: Division functions — float div, fld and cld round the true quotient: fld(6.0, 0.1) is 59.0 (fld docstring), and 1.0 ÷ 0.1 is round((1.0 - rem(1.0, 0.1)) / 0.1) (base/div.jl)
println(fld(6.0, 0.1), " ", 6.0 / 0.1, " ", 1.0 ÷ 0.1, " ", div(1.0, 0.1), " ", fldmod(6.0, 0.1)[1], " ", [1.0] .÷ 0.1)
# expect: 59.0 60.0 9.0 9.0 59.0 [9.0]

# case: Division functions — a float mod that is zero takes the divisor's sign, and ÷ by 0.0 is NaN (base/float.jl mod, base/div.jl div)
println(mod(-0.0, 1), " ", mod(0.0, -1), " ", mod(-2.0, 2), " ", mod(2.0, -2), " ", 1.0 ÷ 0.0, " ", mod1(4.0, 2.0))
# expect: 0.0 -0.0 0.0 -0.0 NaN 2.0

# case: Mathematical Operations — float max and min order -0.0 below 0.0 (base/math.jl `_isless`), also in maximum/minimum/argmax (base/reduce.jl)
println(max(-0.0, 0.0), " ", max(0.0, -0.0), " ", min(0.0, -0.0), " ", max(-0.0, 0), " ", maximum([-0.0, 0.0]), " ", minimum([0.0, -0.0]), " ", argmax([-0.0, 0.0]), " ", argmin([0.0, -0.0]))
# expect: 0.0 0.0 -0.0 0.0 0.0 -0.0 2 2

# case: Rounding functions — digits= and sigdigits= work on the Float64 of an integer and give a Float64 (base/floatfuncs.jl `_round_digits`)
println(round(15, digits=-1), " ", round(25, digits=-1), " ", round(5, digits=2), " ", round(12345, sigdigits=2), " ", round(123.456; sigdigits=2), " ", round(357.913; digits=-2), " ", floor(-2.567, digits=2))
# expect: 20.0 20.0 5.0 12000.0 120.0 400.0 -2.57

# case: Arithmetic Operators — a literal negative exponent is Base.literal_pow (issues #3024, #12822, #24240 in test/math.jl): 2^-2 is a Float64, and 1 and -1 to any power stay integers
p2 = -2
p3 = -3
println(2^-2 == 0.25 == (2^-1)^2, " ", 2^-1, " ", 2^-3)
println(1^-2 === (-1)^-2 == 1^p2 === (-1)^p2 === 1)
println((-1)^-1 === (-1)^-3 == (-1)^p3 === -1)
println(true^-2 == true^p2 === true, " ", false^-2)
# expect: true 0.5 0.125
# expect: true
# expect: true
# expect: true Inf

# case: Arithmetic Operators — an integer to a negative power in a variable is Julia's DomainError
n = -1
2^n
# expect error: DomainError

# case: Arithmetic Operators — literal powers of arrays and of ℯ (test/numbers.jl "literal powers"), and complex ones (test/complex.jl)
println([2,4,8].^-2 == [0.25, 0.0625, 0.015625], " ", [2, 4, 8].^-2 .* 4 == [1.0, 0.25, 0.0625])
println(ℯ^-2 == exp(-2), " ", ℯ^2.5 == exp(2.5), " ", ℯ^(1im) == exp(1im))
println(complex(2,2)^(-2) === complex(2.0,2.0)^(-2) === complex(0.0, -0.125), " ", (1 + 2im)^-3)
# expect: true true
# expect: true true true
# expect: true -0.08800000000000002 + 0.016000000000000007im

# case: Arithmetic Operators — a literal negative power of a float is as accurate as the float exponent (test/numbers.jl "literal negative power accuracy")
println(0.7130409001548401^-2 == 0.7130409001548401^-2.0, " ", 0.20675883960662367^-100 == 0.20675883960662367^-100.0, " ", 0.004155780785470562^-1 == 0.004155780785470562^-1.0)
# expect: true true true

# case: Arithmetic Operators — x^1 with a literal is x itself (literal_pow), with a variable the compensated power, whose fused product gives +0.0 for -0.0 (base/intfuncs.jl, base/math.jl pow_body)
k = 1
x = -0.0
println(x^1, " ", x^k, " ", [x, 2.0] .^ 1, " ", [x, 2.0] .^ k)
# expect: -0.0 0.0 [-0.0, 2.0] [0.0, 2.0]

# case: Arithmetic Operators — π to an integer power is Float64(π) raised by plain squaring (base/intfuncs.jl power_by_squaring), a literal negative power inv(π) raised
println(π^2, " ", π^4, " ", π^-1, " ", π^2.0)
# expect: 9.869604401089358 97.40909103400243 0.3183098861837907 9.869604401089358
