# Base reference: Mathematics, the trigonometric functions (doc/src/base/math.md in
# JuliaLang/julia, with base/special/trig.jl and base/mathconstants.jl)
#
# Besides docstring and test/math.jl values, some cases print values of sin, cos, tan and
# their inverses where the C library's last digit differs from Julia's: each is the value
# of Julia 1.10's algorithm (Sources/JuliaMath) and is also the correctly rounded value,
# computed exactly by Tests/JuliaMathTests/reference/trig_reference.py, so it is Julia's.

# case: Trigonometric functions — sind and sinpi as their docstrings show them
println(sind(45))
println(sinpi(1/4))
# expect: 0.7071067811865476
# expect: 0.7071067811865475

# case: Trigonometric functions — rad2deg of atan, with one argument and with two, as its docstring shows (sqrt(3) for √3)
println(rad2deg(atan(-1/sqrt(3))))
println(rad2deg(atan(-1, sqrt(3))))
println(rad2deg(atan(1, -sqrt(3))))
# expect: -30.000000000000004
# expect: -30.000000000000004
# expect: 150.0

# case: Trigonometric functions — of π itself, sin, tan and sincos are exact (base/mathconstants.jl), of the Float64 nearest π they are not
println(sin(π), " ", cos(π), " ", tan(π), " ", sincos(π))
println(sin(Float64(π)), " ", cos(Float64(π)))
# expect: 0.0 -1.0 0.0 (0.0, -1.0)
# expect: 1.2246467991473532e-16 -1.0

# case: Trigonometric functions — the exact values test/math.jl checks at π, 180 degrees and one half turn
println(sind(180) === sinpi(1) === 0.0, " ", tand(180) === tanpi(1) === -0.0)
println(cosd(180) === cospi(1) === -1.0, " ", sincospi(1) == (0, -1))
println(sind(30), " ", cosd(60), " ", sind(150))
# expect: true true
# expect: true true
# expect: 0.5 0.5 0.5

# case: Trigonometric functions — sinpi and cospi give signed zeros at integers and half integers
println(sinpi(-2.0), " ", sinpi(1.0), " ", cospi(1.5), " ", cospi(-0.5), " ", sinpi(-1))
# expect: -0.0 0.0 0.0 0.0 -0.0

# case: Trigonometric functions — sin, cos and tan of whole numbers where Julia's last digit is its own
println(sin(653), " ", sin(2067))
println(cos(2936), " ", cos(16342))
println(tan(107), " ", tan(586))
# expect: -0.4361105026479622 -0.16717738227684917
# expect: -0.18066764097476326 0.8445971808328511
# expect: 0.18801951926685143 -10.725137786935571

# case: Trigonometric functions — the double nearest a multiple of π/2 reduced in full (Payne–Hanek)
x = 6381956970095103 * 2.0^797
println(cos(x))
println(tan(x))
println(sin(1e22), " ", cos(1e22))
# expect: -4.687165924254628e-19
# expect: -2.133485385753704e18
# expect: -0.8522008497671888 0.523214785395139

# case: Trigonometric functions — asin, acos, atan and atan(y, x) where Julia's last digit is its own
println(asin(0.03978936390809862), " ", acos(0.9454018911496964))
println(atan(0.128), " ", atan(-0.1294136706615061, 1.0588839533444778))
# expect: 0.03979987043864977 0.33197077408216996
# expect: 0.1273077418708541 -0.12161392492163038

# case: Trigonometric functions — cos and tan of an infinity and asin beyond 1 are DomainErrors
for f in (() -> cos(-Inf), () -> tan(Inf), () -> asin(2.0), () -> acos(-1.5))
    try
        f()
    catch err
        println(err isa DomainError)
    end
end
# expect: true
# expect: true
# expect: true
# expect: true

# case: Trigonometric functions — sin of an infinity stops with Julia's DomainError
sin(Inf)
# expect error: sin(x) is only defined for finite x.

# case: Trigonometric functions — a dot call of numbers alone is the call itself, so π reaches sin as π (broadcast(f, x::Number...) = f(x...) in base/broadcast.jl)
println(sin.(π), " ", cos.(π), " ", sin.(π .+ 0), " ", (x -> x).(π))
# expect: 0.0 -1.0 1.2246467991473532e-16 π

# case: Mathematical functions — hypot as its docstring shows it, with integers, complex numbers and one argument
a = 10^10
println(hypot(a, a))
println(hypot(3, 4im), " ", hypot(-5.7), " ", hypot(3, 4im, 12.0))
# expect: 1.4142135623730951e10
# expect: 5.0 5.7 13.0

# case: Mathematical functions — hypot and abs of a complex number where Julia's last digit is its own (Borges's algorithm is correctly rounded, here the C library's is not)
println(hypot(1.648, 7.299), " ", hypot(0.167, 0.146))
println(abs(2.089 + 2.077im), " ", abs(6.054 - 5.603im))
# expect: 7.482733791870455 0.22182200071228284
# expect: 2.9458190711583083 8.248910534125098

# case: Mathematical functions — hypot of infinities beats NaN, and of huge and tiny arguments neither overflows nor underflows (test/math.jl)
println(hypot(Inf, NaN), " ", hypot(NaN, 1.0), " ", hypot(1e308, 1e308), " ", hypot(3e-320, 4e-320), " ", hypot(1e300, 1e300, 1e300))
# expect: Inf NaN 1.4142135623730951e308 5.0e-320 1.7320508075688774e300

# case: Mathematical functions — rem2pi and mod2pi as their docstrings show them
println(rem2pi(7pi/4, RoundNearest))
println(rem2pi(7pi/4, RoundDown))
println(mod2pi(9*pi/4))
# expect: -0.7853981633974485
# expect: 5.497787143782138
# expect: 0.7853981633974481

# case: Mathematical functions — rem2pi in each rounding mode as test/numbers.jl checks it, and NaN for an infinity
println(rem2pi(4.0, RoundToZero) == 4, " ", rem2pi(-4.0, RoundUp) == -4, " ", rem2pi(3, RoundNearest) == 3, " ", rem2pi(1.0, RoundUp) ≈ 1 - 2pi)
println(rem2pi(13.0, RoundUp) ≈ 13 - 6π, " ", rem2pi(-13.0, RoundDown) ≈ -13 + 6π, " ", isnan(rem2pi(Inf, RoundNearest)), " ", mod2pi(2π) == 2π)
println(RoundNearest, " ", typeof(RoundDown))
# expect: true true true true
# expect: true true true true
# expect: RoundingMode{:Nearest}() RoundingMode{:Down}

# case: Mathematical functions — rem2pi's exact 2π: the remainder is correctly rounded where x - 2π*k in floats is not
println(rem2pi(1e22, RoundNearest), " ", rem2pi(355.0, RoundDown), " ", rem2pi(-100, RoundToZero), " ", mod2pi(-2π))
# expect: -1.020177392559087 3.1416227979431572 -5.752220392306203 2.4492935982947064e-16

# case: Mathematical functions — sinc and cosc at the points test/math.jl checks; sinc of an integer is an integer
println(sinc(1) == 0, " ", sinc(0) == 1, " ", sinc(Inf) == 0, " ", cosc(1) == -1, " ", cosc(0) == 0, " ", cosc(Inf) == 0)
println(sinc(0), " ", sinc(3), " ", sinc(0.0), " ", sinc(-2.0), " ", cosc(0.0), " ", cosc(1.0))
# expect: true true true true true true
# expect: 1 0 1.0 0.0 -0.0 -1.0

# case: Mathematical functions — cispi as its docstring shows it, exact at integers
println(cispi(10000))
println(cispi(0.25 + 1im))
println(cispi(1), " ", cispi(0.5), " ", cispi(-1))
# expect: 1.0 + 0.0im
# expect: 0.030556854645954562 + 0.03055685464595456im
# expect: -1.0 + 0.0im 0.0 + 1.0im -1.0 - 0.0im

# case: Mathematical constants — log(ℯ) is the integer 1, so that log(x)/log(ℯ) promotes as log(x) (base/mathconstants.jl)
println(log(ℯ), " ", typeof(log(ℯ)), " ", log(ℯ, 1.0), " ", log(2.0) / log(ℯ) == log(2.0))
# expect: 1 Int64 0.0 true
