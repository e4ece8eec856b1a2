# Manual chapter: Integers and Floating-Point Numbers
# (doc/src/manual/integers-and-floating-point-numbers.md)

# case: Integers — integer literals are Int64, also past 32 bits
println(typeof(1), " ", typeof(3000000000))
# expect: Int64 Int64

# case: Integers — Int is the native signed integer type
println(Int)
println(Int === Int64)
# expect: Int64
# expect: true

# case: Integers — hex literals are unsigned, sized by their digits
println(repr(0x1), " ", typeof(0x1))
println(repr(0x123), " ", typeof(0x123))
println(repr(0x1234567), " ", typeof(0x1234567))
# expect: 0x01 UInt8
# expect: 0x0123 UInt16
# expect: 0x01234567 UInt32

# case: Integers — binary and octal literals
println(repr(0b10), " ", repr(0o010))
# expect: 0x02 0x08

# case: Integers — println writes an unsigned integer in decimal
println(0xff)
# expect: 255

# case: Integers — a minus before a hex literal is its two's complement
println(repr(-0x2))
# expect: 0xfe

# case: Integers — typemin and typemax of the integer types
println((typemin(Int32), typemax(Int32)))
for T in [Int8, Int16, Int64, UInt8]
    println("$(lpad(T, 6)): [$(typemin(T)),$(typemax(T))]")
end
# expect: (-2147483648, 2147483647)
# expect:   Int8: [-128,127]
# expect:  Int16: [-32768,32767]
# expect:  Int64: [-9223372036854775808,9223372036854775807]
# expect:  UInt8: [0,255]

# case: Overflow behavior — Int64 arithmetic wraps around
big = typemax(Int64)
println(big + 1)
println(big + 1 == typemin(Int64))
# expect: -9223372036854775808
# expect: true

# case: Division errors — div by zero throws a DivideError
try
    div(7, 0)
catch err
    println(err isa DivideError)
end
# expect: true

# case: Division errors — rem and mod by zero throw a DivideError
for f in (rem, mod)
    try
        f(5, 0)
    catch err
        println(err isa DivideError)
    end
end
# expect: true
# expect: true

# case: Floating-Point Numbers — literal forms and how they print
println(1.0, " ", 1., " ", 0.5, " ", .5, " ", -1.23)
println(1e10, " ", 2.5e-4)
# expect: 1.0 1.0 0.5 0.5 -1.23
# expect: 1.0e10 0.00025

# case: Floating-Point Numbers — Float32 literals with f, shown with f0 and printed without
println(repr(0.5f0), " ", typeof(0.5f0))
println(repr(2.5f-4))
println(2.5f-4)
# expect: 0.5f0 Float32
# expect: 0.00025f0
# expect: 0.00025

# case: Floating-Point Numbers — converting to Float32
x = Float32(-1.5)
println(repr(x), " ", typeof(x))
# expect: -1.5f0 Float32

# case: Floating-Point Numbers — hexadecimal float literals
println(0x1p0, " ", 0x1.8p3, " ", 0x.4p-1)
# expect: 1.0 12.0 0.125

# case: Floating-Point Numbers — underscores separate digits
println((10_000, 0.000_000_005, 0xdead_beef, 0b1011_0010))
# expect: (10000, 5.0e-9, 0xdeadbeef, 0xb2)

# case: Floating-point zero — 0.0 and -0.0 are equal with different bits
println(0.0 == -0.0)
println(bitstring(-0.0))
# expect: true
# expect: 1000000000000000000000000000000000000000000000000000000000000000

# case: Special floating-point values — results of arithmetic on Inf and zero
println((1/Inf, 1/0, -5/0, 0.000001/0, 0/0))
println((500 + Inf, 500 - Inf, Inf + Inf, Inf - Inf))
println((Inf * Inf, Inf / Inf, 0 * Inf))
# expect: (0.0, Inf, -Inf, Inf, NaN)
# expect: (Inf, -Inf, Inf, NaN)
# expect: (Inf, NaN, NaN)

# case: Special floating-point values — typemin and typemax of Float64 and Float32
println((typemin(Float64), typemax(Float64)))
println((typemin(Float32), typemax(Float32)))
# expect: (-Inf, Inf)
# expect: (-Inf32, Inf32)

# case: Machine epsilon — eps of the float types
println(repr(eps(Float32)))
println(eps(Float64))
println(eps())
# expect: 1.1920929f-7
# expect: 2.220446049250313e-16
# expect: 2.220446049250313e-16

# case: Machine epsilon — eps(x) is the gap to the next float
println(eps(1.0))
println(eps(1000.))
println(eps(1e-27))
println(eps(0.0))
# expect: 2.220446049250313e-16
# expect: 1.1368683772161603e-13
# expect: 1.793662034335766e-43
# expect: 5.0e-324

# case: Machine epsilon — nextfloat and prevfloat of a Float32
x = 1.25f0
println((nextfloat(x), prevfloat(x)))
# expect: (1.2500001f0, 1.2499999f0)

# case: Floating-Point Numbers — 0.1 + 0.2 shows its rounding error
println(0.1 + 0.2)
println(0.1 + 0.2 == 0.3)
# expect: 0.30000000000000004
# expect: false

# case: Floating-Point Numbers — when printing switches to exponent notation
println(100000.0, " ", 1.0e6, " ", 0.0001, " ", 0.00001)
# expect: 100000.0 1.0e6 0.0001 1.0e-5

# case: Arbitrary Precision Arithmetic — BigInt goes past typemax(Int64)
println(BigInt(typemax(Int64)) + 1)
# expect: 9223372036854775808

# case: Numeric Literal Coefficients — a literal before a name multiplies
x = 3
println(2x^2 - 3x + 1)
println(1.5x^2 - .5x + 1)
# expect: 10
# expect: 13.0

# case: Numeric Literal Coefficients — 2^2x is 2^(2x)
x = 3
println(2^2x)
# expect: 64

# case: Numeric Literal Coefficients — coefficients on parentheses, and parentheses before a name
x = 3
println(2(x-1)^2 - 3(x-1) + 1)
println((x-1)x)
# expect: 3
# expect: 6

# case: Numeric Literal Coefficients — a name before parentheses is a call, an error for a number
x = 3
try
    x(x + 1)
catch err
    println(err isa MethodError)
end
# expect: true

# case: Numeric Literal Coefficients — -2x is (-2)*x, and 1 / 2x divides by the product
x = 4
println(-2x)
println(1 / 2x)
# expect: -8
# expect: 0.125

# case: Literal zero and one — zero and one of a type or of a value
println((zero(Float32), zero(1.0), one(Int32), zero(7)))
println(typeof(one(Int32)))
# expect: (0.0f0, 0.0, 1, 0)
# expect: Int32

# case: Integers — Bool is an integer type, true is 1
println(true + true)
println(Bool <: Integer)
# expect: 2
# expect: true

# case: Division errors — typemin ÷ -1 is a DivideError (the manual's two exceptional cases of div), while typemin % -1 is 0 (checked_srem_int, src/intrinsics.cpp)
try
    typemin(Int) ÷ -1
catch err
    println(err isa DivideError)
end
println(typemin(Int) % -1, " ", rem(typemin(Int), -1), " ", mod(typemin(Int), -1), " ", -7 % -1)
# expect: true
# expect: 0 0 0 0

# case: Floating-point numbers — floatmax and floatmin take a float type or a float; an integer type has no method (base/float.jl defines them for Float16, Float32 and Float64 only)
println(floatmax(Float64), " ", floatmin(1.5), " ", floatmax())
try
    floatmin(Int)
catch err
    println(typeof(err))
end
# expect: 1.7976931348623157e308 2.2250738585072014e-308 1.7976931348623157e308
# expect: MethodError

# case: Floating-Point Numbers — Float32(0.1) is the Float32 nearest 0.1, and widening it back shows how far that is (base/float.jl: Float32(x::Float64) is fptrunc, Float64(x::Float32) fpext)
x = Float32(0.1)
println(x, " ", repr(x), " ", Float64(x), " ", typeof(x))
# expect: 0.1 0.1f0 0.10000000149011612 Float32

# case: Floating-Point Numbers — 0.1f0 + 0.2f0 rounds to 0.3f0 in Float32, though 0.1 + 0.2 is not 0.3 in Float64
println(repr(0.1f0 + 0.2f0), " ", 0.1f0 + 0.2f0 == 0.3f0, " ", 0.1 + 0.2 == 0.3)
# expect: 0.3f0 true false

# case: Floating-Point Numbers — a third as a Float32 shows the shortest digits that read back as it (base/ryu/shortest.jl)
println(repr(Float32(1/3)), " ", repr(1f0/3), " ", repr(Float32(2/3)))
# expect: 0.33333334f0 0.33333334f0 0.6666667f0

# case: Floating-Point Numbers — Float32 show writes f before its exponent and print writes e (base/ryu/Ryu.jl: show passes expchar 'f' unless called from print); plain digits from 1.0e-4 up to below 1.0e6, as for Float64
println(repr(1f-5), " ", repr(0.0001f0), " ", repr(100000f0), " ", repr(1f6))
println(1f-5, " ", 1f6, " ", "x = $(2.5f-7)", " ", string(0.5f0))
# expect: 1.0f-5 0.0001f0 100000.0f0 1.0f6
# expect: 1.0e-5 1.0e6 x = 2.5e-7 0.5

# case: Special floating-point values — dividing Float32 zeros and ones gives Inf32, -Inf32 and NaN32, which print without the 32
println((1f0/0f0, -1f0/0f0, 0f0/0f0))
println(1f0/0f0, " ", -Inf32, " ", NaN32, " ", isnan(NaN32), " ", isinf(-Inf32), " ", isfinite(1f0))
# expect: (Inf32, -Inf32, NaN32)
# expect: Inf -Inf NaN true true true

# case: Floating-point zero — -0f0 equals 0f0 but has its sign bit set (bitstring of a Float32 is 32 bits)
println(repr(-0f0), " ", -0f0 == 0f0, " ", bitstring(-0f0), " ", bitstring(1f0))
# expect: -0.0f0 true 10000000000000000000000000000000 00111111100000000000000000000000

# case: Floating-Point Numbers — subnormal Float32s below floatmin(Float32) (base/float.jl: floatmin(Float32) is bitcast 0x00800000)
println(repr(nextfloat(0f0)), " ", repr(floatmin(Float32)), " ", repr(floatmin(Float32) / 2), " ", repr(prevfloat(floatmin(Float32))))
# expect: 1.0f-45 1.1754944f-38 5.877472f-39 1.1754942f-38

# case: Machine epsilon — eps of Float32 values is the gap to the next Float32; floatmax and typemax of the type
println(repr(eps(1f0)), " ", repr(eps(1000f0)), " ", repr(floatmax(Float32)), " ", repr(typemax(Float32)))
# expect: 1.1920929f-7 6.1035156f-5 3.4028235f38 Inf32

# case: Floating-Point Numbers — a Float32 with an Int64 or a Bool promotes to Float32, with a Float64 to Float64 (base/float.jl promote_rule), and false + x keeps a negative zero (base/bool.jl)
println(typeof(1f0 + 1), " ", typeof(true * 2f0), " ", typeof(1f0 + 1.0), " ", typeof(2 / 1f0))
println(repr(1f0 + 1), " ", repr(0.5f0 + 0.1), " ", repr(false + -0f0))
# expect: Float32 Float32 Float64 Float32
# expect: 2.0f0 0.6 -0.0f0

# case: Floating-Point Numbers — comparing a Float32 with an Int64 is exact, not done after rounding the integer (base/float.jl ==(x::Float32, y::Int64))
println(Float32(16777217) == 16777217, " ", Float32(16777217) == 16777216, " ", 16777217 > 16777216f0, " ", 1f0 < 2)
# expect: false true true true

# case: Floating-Point Numbers — a Float32 to an integer power is power by squaring of its Float64, rounded once; to a Float32 power exp2(log2(x) * y) in Float64 (base/math.jl ^(x::Float32, n::Integer) and pow_body)
println(repr(1.1f0^10), " ", repr(2f0^-3), " ", repr(3f0^3), " ", repr(1.5f0^0.5f0))
# expect: 2.593743f0 0.125f0 27.0f0 1.2247449f0

# case: Floating-Point Numbers — round, floor, ceil and trunc of a Float32 stay Float32; with Int they give an Int64
println(repr(round(2.5f0)), " ", repr(floor(-1.5f0)), " ", repr(ceil(1.2f0)), " ", repr(trunc(-2.7f0)), " ", round(Int, 3.5f0), " ", typeof(floor(Int, 2f0)))
# expect: 2.0f0 -2.0f0 2.0f0 -2.0f0 4 Int64

# case: Floating-Point Numbers — Int of a Float32 must be exact, or it is an InexactError
println(Int(3f0))
try
    Int(2.5f0)
catch err
    println(typeof(err))
end
# expect: 3
# expect: InexactError

# case: Floating-Point Numbers — sqrt of a Float32 is correctly rounded and stays Float32; ≈ uses sqrt(eps(Float32)) as its tolerance when a Float32 takes part (base/floatfuncs.jl rtoldefault)
println(repr(sqrt(2f0)), " ", sqrt(0.25f0), " ", 0.1f0 ≈ 0.1, " ", 1f0 ≈ 1.0001f0, " ", 1.0 ≈ 1.0001)
# expect: 1.4142135f0 0.5 true true false

# case: Floating-Point Numbers — inside a tuple each Float32 shows its type; methods for AbstractFloat take a Float32
g(x::AbstractFloat) = "float"
g(x::Integer) = "integer"
println((1f0, 2.0, 3), " ", g(1f0), " ", 1f0 isa Float32, " ", Float32 <: AbstractFloat, " ", supertype(Float32))
# expect: (1.0f0, 2.0, 3) float true true AbstractFloat
