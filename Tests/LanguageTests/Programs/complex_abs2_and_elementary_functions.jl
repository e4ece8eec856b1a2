# abs2 of a complex number is |z|^2 (it used to square z: -3.0 + 4.0im for 1 + 2im), and
# sqrt, exp and log take complex arguments with Julia's algorithms.
println(abs2(1.0 + 2.0im), " ", abs2(1.5 + 2im))
# expect: 5.0 6.25
println(sqrt(1im))
# expect: 0.7071067811865476 + 0.7071067811865475im
println(sqrt(1 + 2im))
# expect: 1.272019649514069 + 0.7861513777574233im
println(sqrt(-4 + 0im))
# expect: 0.0 + 2.0im
println(exp(1 + 2im))
# expect: -1.1312043837568135 + 2.4717266720048188im
println(log(-1 + 0im))
# expect: 0.0 + 3.141592653589793im
println(sinh(1 + 2im))
# expect: -0.4890562590412937 + 1.4031192506220405im
# Julia 1.8 and later (_cpow: |z|^p cis(p angle z)); older manuals show other last digits.
println((-1 + 2im)^2.5)
# expect: 2.729624464784009 - 6.9606644595719im
println(1 + 3/4im)
# expect: 1.0 - 0.75im
