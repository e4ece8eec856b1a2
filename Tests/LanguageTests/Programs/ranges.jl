r = 1:5
println(r, " ", length(r), " ", r[2], " ", first(r), " ", last(r))
# expect: 1:5 5 2 1 5
println(1:2:9, " ", collect(1:2:9), " ", 10:-2:1)
# expect: 1:2:9 [1, 3, 5, 7, 9] 10:-2:2
println(sum(1:100), " ", 3 in 1:5, " ", 7 in 1:5)
# expect: 5050 true false
println(collect(0:0.1:0.3))
# expect: [0.0, 0.1, 0.2, 0.3]
# Julia keeps these ranges (base/broadcast.jl's scalar-range operations, and
# `reverse(r::OrdinalRange) = last(r):-step(r):first(r)`).
println(2 .* (1:3), " ", (1:3) .+ 0.5, " ", 0.5 .- (1:3))
# expect: 2:2:6 1.5:1.0:3.5 -0.5:-1.0:-2.5
println(reverse(1:3), " ", isempty(5:4))
# expect: 3:-1:1 true
