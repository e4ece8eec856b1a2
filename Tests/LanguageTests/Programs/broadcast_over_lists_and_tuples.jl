# A dotted operator with a list or tuple applies to each element, as Julia's broadcasting does.
println(["a", "b", "a"] .== "a", " ", (1, 2) .+ (10, 20), " ", [1, 2] .+ (10, 20), " ", (1, 2) .* 2)
# expect: Bool[1, 0, 1] (11, 22) [11, 22] (2, 4)
println(broadcast(+, 1.0, (0, -2.0)), " ", ["a"] .* "b")
# expect: (1.0, -1.0) ["ab"]
(1, 2) .+ (1, 2, 3)
# expect error: .+: shapes (2,) and (3,) do not match
