z = 1 + 2im
println(z * z, " ", z / (1 - 1im), " ", z == 1 + 2im)
# expect: -3 + 4im -0.5 + 1.5im true
println(z.re, " ", z.im, " ", 3im^2)
# expect: 1 2 -3 + 0im
