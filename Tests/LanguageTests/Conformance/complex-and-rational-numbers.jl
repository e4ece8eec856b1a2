# Manual chapter: Complex and Rational Numbers
# (doc/src/manual/complex-and-rational-numbers.md)

# case: Complex Numbers — an integer complex literal keeps integer parts
z = 3 + 4im
println(z)
println(typeof(z))
# expect: 3 + 4im
# expect: Complex{Int64}

# case: Complex Numbers — arithmetic on integer complex numbers
println((2 + 1im) * (1 - 3im))
println((4 + 2im) + (1 - 2im))
println((-3 + 2im) - (5 - 1im))
println((-1 + 2im)^2)
# expect: 5 - 5im
# expect: 5 + 0im
# expect: -8 + 3im
# expect: -3 - 4im

# case: Complex Numbers — division gives a float complex number
println((1 + 2im) / (1 - 2im))
println((1 - 3im) / (2 + 2im))
# expect: -0.6 + 0.8im
# expect: -0.5 - 1.0im

# case: Complex Numbers — a literal coefficient on a complex expression
println(3(2 - 5im))
println(3(2 - 5im)^2)
# expect: 6 - 15im
# expect: -63 - 60im

# case: Complex Numbers — conj, real and imag of an array are of each element, but of a real array conj and real return the array itself and imag is zero(A) (base/abstractarraymath.jl docstrings)
v = [1, 2im, 3 + 4im]
println(conj(v), " ", real(v), " ", imag(v))
a = [1.5, 2.0]
println(conj(a) === a, " ", real(a) === a, " ", imag(a), " ", imag([1 2; 3 4]), " ", real(1:3))
# expect: Complex{Int64}[1 + 0im, 0 - 2im, 3 - 4im] [1, 0, 3] [0, 2, 4]
# expect: true true [0.0, 0.0] [0 0; 0 0] 1:3

# case: Complex Numbers — promotion with integers and floats
println((2 + 3im) - 1)
println((1 + 2im) + 0.5)
println((2 + 3im) - 0.5im)
println(0.75(1 + 2im))
println((2 + 3im) / 2)
# expect: 1 + 3im
# expect: 1.5 + 2.0im
# expect: 2.0 + 2.5im
# expect: 0.75 + 1.5im
# expect: 1.0 + 1.5im

# case: Complex Numbers — im squared, and a coefficient binding tighter than /
println(2im^2)
println(1 + 3/4im)
# expect: -2 + 0im
# expect: 1.0 - 0.75im

# case: Complex Numbers — real, imag, conj, abs, abs2 and angle
z = 1 + 2im
println((real(z), imag(z), conj(z), abs2(z)))
println(abs(z))
println(angle(z))
# expect: (1, 2, 1 - 2im, 5)
# expect: 2.23606797749979
# expect: 1.1071487177940904

# case: Complex Numbers — abs of a 3-4-5 triangle and abs2 of a float complex
println(abs(3 + 4im), " ", abs2(1.5 + 2im))
# expect: 5.0 6.25

# case: Complex Numbers — sqrt and exp of complex arguments
println(sqrt(1im))
println(sqrt(1 + 2im))
println(exp(1 + 2im))
println(sinh(1 + 2im))
# expect: 0.7071067811865476 + 0.7071067811865475im
# expect: 1.272019649514069 + 0.7861513777574233im
# expect: -1.1312043837568135 + 2.4717266720048188im
# expect: -0.4890562590412937 + 1.4031192506220405im

# case: Complex Numbers — sqrt of a negative real throws, of a negative complex does not
println(sqrt(-1 + 0im))
try
    sqrt(-1)
catch err
    println(err isa DomainError)
end
# expect: 0.0 + 1.0im
# expect: true

# case: Complex Numbers — sqrt of a negative complex number with a zero imaginary part
println(sqrt(complex(-4.0)))
println(sqrt(-4 + 0im))
# expect: 0.0 + 2.0im
# expect: 0.0 + 2.0im

# case: Complex Numbers — building from variables with * im and with complex
a = 1; b = 2
println(a + b*im)
println(complex(a, b))
println(complex(1.5))
# expect: 1 + 2im
# expect: 1 + 2im
# expect: 1.5 + 0.0im

# case: Complex Numbers — Inf and NaN in a part
println(1 + Inf*im)
println(1 + NaN*im)
# expect: 1.0 + Inf*im
# expect: 1.0 + NaN*im

# case: Complex Numbers — equality with reals, and isreal
println((1 + 0im == 1, isreal(2 + 0im), isreal(2 + 1im)))
# expect: (true, true, false)

# case: Complex Numbers — log of a negative complex number and exp of iπ
println(log(-1 + 0im))
println(exp(im * pi))
# expect: 0.0 + 3.141592653589793im
# expect: -1.0 + 1.2246467991473532e-16im

# case: Complex Numbers — integer powers of im
println(im^2)
println(im^3)
println((2im)^3)
# expect: -1 + 0im
# expect: 0 - 1im
# expect: 0 - 8im

# case: Complex Numbers — float and complex powers of a complex number (Julia 1.8's _cpow; older manuals print other last digits)
println((-1 + 2im)^2.5)
println((-1 + 2im)^(1 + 1im))
println(3(2 - 5im)^-1.0)
# expect: 2.729624464784009 - 6.9606644595719im
# expect: -0.27910381075826657 + 0.08708053414102428im
# expect: 0.20689655172413793 + 0.5172413793103449im

# case: Complex Numbers — a complex vector prints its element type
v = [1 + 2im, 3 - 1im]
println(v)
println(typeof(v))
# expect: Complex{Int64}[1 + 2im, 3 - 1im]
# expect: Vector{Complex{Int64}}

# case: Complex Numbers — a float complex vector displayed
display([1.0 + 2.0im, 0.0 - 0.5im])
# expect: 2-element Vector{ComplexF64}:
# expect:  1.0 + 2.0im
# expect:  0.0 - 0.5im

# case: Rational Numbers — // builds a rational reduced to lowest terms
println(2//3)
println((6//9, -4//8, 5//-15, -4//-12))
# expect: 2//3
# expect: (2//3, -1//2, -1//3, 1//3)

# case: Rational Numbers — numerator and denominator
println((numerator(2//3), denominator(2//3)))
# expect: (2, 3)

# case: Rational Numbers — comparisons and arithmetic stay exact
println((2//3 == 6//9, 2//3 == 9//27, 3//7 < 1//2, 3//4 > 2//3))
println((2//4 + 1//6, 5//12 - 1//4, 5//8 * 3//12, 6//5 / 10//7))
# expect: (true, false, true, true)
# expect: (2//3, 1//6, 5//32, 21//25)

# case: Rational Numbers — converting to float
println(float(3//4))
println(isequal(float(1//2), 1/2))
# expect: 0.75
# expect: true

# case: Rational Numbers — an infinite rational is allowed, 0//0 is an ArgumentError
println(5//0, " ", -3//0, " ", typeof(5//0))
try
    0//0
catch err
    println(err isa ArgumentError)
end
# expect: 1//0 -1//0 Rational{Int64}
# expect: true

# case: Rational Numbers — promotion with integers and floats
println(3//5 + 1)
println(3//5 - 0.5)
println((0.5 == 1//2, 0.33 == 1//3, 0.33 < 1//3))
println(1//3 - 0.33)
# expect: 8//5
# expect: 0.09999999999999998
# expect: (true, false, true)
# expect: 0.0033333333333332993

# case: Rational Numbers — a rational times a complex number
println(2//7 * (1 + 2im))
println(2//7 * (1.5 + 2im))
# expect: 2//7 + 4//7*im
# expect: 0.42857142857142855 + 0.5714285714285714im

# case: Complex Numbers — im is a Complex{Bool}; negating it gives integer parts
println(typeof(im), " ", im, " ", -im, " ", typeof(-im))
println(im * im, " ", abs2(im), " ", conj(im))
# expect: Complex{Bool} im 0 - 1im Complex{Int64}
# expect: -1 + 0im 1 0 - 1im

# case: Complex Numbers — a vector literal promotes its reals beside a complex number
println([1, 2im])
println([1.5, 2im])
# expect: Complex{Int64}[1 + 0im, 0 + 2im]
# expect: ComplexF64[1.5 + 0.0im, 0.0 + 2.0im]

# case: Complex Numbers — a literal negative power of an integer complex number is inv(z)^n
println((1 + 2im)^-1)
println((1 + 2im) * 3 - 1)
# expect: 0.2 - 0.4im
# expect: 2 + 6im

# case: Rational Numbers — a whole rational drops its //1 where the context says Rational (show(::Rational) in base/rational.jl, :typeinfo from show(::AbstractDict) and show(::Pair))
println(Dict(1 => 3//1))
println(Dict(1 => (2//1, 1//2)))
println(1 => 1//1, " ", (2//1, 3))
display(Dict(:half => 1//2))
# expect: Dict{Int64, Rational{Int64}}(1 => 3)
# expect: Dict{Int64, Tuple{Rational{Int64}, Rational{Int64}}}(1 => (2, 1//2))
# expect: 1 => 1//1 (2//1, 3)
# expect: Dict{Symbol, Rational{Int64}} with 1 entry:
# expect:   :half => 1//2

# case: Complex Numbers — isreal of an array is whether every element is real (isreal(x::AbstractArray) = all(isreal, x), base/complex.jl)
println(isreal([4.; complex(0, 1)]), " ", isreal([1, 2]), " ", isreal([1.0 + 0im, 2]))
# expect: false true true

# case: Complex Numbers — real, complex and float of a number type give a type (the real(T), complex(T) and float(T) docstrings, base/complex.jl and base/float.jl)
println(real(Complex{Int}), " ", complex(Complex{Int}), " ", complex(Int), " ", complex(Float64), " ", float(Complex{Int}), " ", float(Int))
display(float(Complex{Int}))
println(complex([1, 2, 3]))
# expect: Int64 Complex{Int64} Complex{Int64} ComplexF64 ComplexF64 Float64
# expect: ComplexF64 (alias for Complex{Float64})
# expect: Complex{Int64}[1 + 0im, 2 + 0im, 3 + 0im]

# case: Complex Numbers — ≈ compares complex numbers by the modulus of their difference; rtol defaults to √eps for floats and to 0 for integers, and equal infinities are approximately equal (isapprox, base/floatfuncs.jl; the ℯ docstring's ℯ^(im)π ≈ -1)
println(ℯ^(im)π ≈ -1, " ", 1 + 1e-10im ≈ 1, " ", 1 + 1e-5im ≈ 1, " ", 100000000 ≈ 100000001, " ", 100000000.0 ≈ 100000001, " ", Inf ≈ Inf, " ", [1, 2] ≈ [1, 2])
# expect: true true false false true true true
