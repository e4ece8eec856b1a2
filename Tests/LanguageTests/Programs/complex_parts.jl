# real, imag, abs, conj and angle on complex numbers, and broadcast over the
# complex eigenvalues of a scaled rotation. Julia's LAPACK (dlanv2) computes the imaginary
# part of [0 -2; 2 0]'s eigenvalues as sqrt(|b|)·sqrt(|c|) = sqrt(2)² = 2.0000000000000004.
z = 3 + 4im
println(real(z), " ", imag(z), " ", abs(z), " ", conj(z))
# expect: 3 4 5.0 3 - 4im
println(angle(1im), " ", angle(-1 + 0im), " ", angle(2.0), " ", angle(-2))
# expect: 1.5707963267948966 3.141592653589793 0.0 3.141592653589793
println(real(2.5), " ", imag(7), " ", conj(-3), " ", abs(-2 + 0im))
# expect: 2.5 0 -3 2.0
W = [0.0 -2.0; 2.0 0.0]
ev = eigvals(W)
println(abs.(ev))
# expect: [2.0000000000000004, 2.0000000000000004]
println(maximum(abs.(ev)), " ", real.(ev), " ", imag.(ev))
# expect: 2.0000000000000004 [0.0, 0.0] [-2.0000000000000004, 2.0000000000000004]
println(conj.(ev))
# expect: ComplexF64[0.0 + 2.0000000000000004im, 0.0 - 2.0000000000000004im]
println(abs.([3, -4]), " ", real.([1.5, 2.0]))
# expect: [3, 4] [1.5, 2.0]
