# `.&` and `.|` combine Bool masks elementwise, as in Julia.
v = [1, 5, 3, 8]
println((v .> 2) .& (v .< 6), " ", (v .== 1) .| (v .== 8))
# expect: Bool[0, 1, 1, 0] Bool[1, 0, 0, 1]
println(v[(v .< 2) .| (v .> 6)], " ", true .& false, " ", 6 .| 1)
# expect: [1, 8] false 7
