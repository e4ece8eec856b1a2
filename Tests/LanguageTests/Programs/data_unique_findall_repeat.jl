# unique keeps first occurrences in order; findall gives 1-based indices; repeat tiles.
println(unique([3, 1, 3, 2, 1]))
# expect: [3, 1, 2]
println(unique("hello"))
# expect: ['h', 'e', 'l', 'o']
println(unique(Any[1, "a", 1, "a", :b]))
# expect: Any[1, "a", :b]
println(unique([1.0, NaN, -0.0, 0.0, NaN]))
# expect: [1.0, NaN, -0.0, 0.0]
println(unique([1 2; 2 1]), " ", unique(1:3), " ", unique((2, 2, 5)))
# expect: [1, 2] [1, 2, 3] [2, 5]
println(findall([true, false, true]), " ", findall(x -> x > 1, [3, 1, 2]))
# expect: [1, 3] [1, 3]
println(findall(isodd, 1:6), " ", findall(c -> c == 'l', "hello"))
# expect: [1, 3, 5] [3, 4]
println(findall([1 0; 0 1] .== 1))
# expect: CartesianIndex{2}[CartesianIndex(1, 1), CartesianIndex(2, 2)]
println(findall(x -> x > 5, [1, 2]), " ", typeof(findall(x -> x > 5, [1, 2])))
# expect: Int64[] Vector{Int64}
println(findall(v -> v > 1, Dict(:a => 1, :b => 2)))
# expect: [:b]
println(repeat("ab", 3), "|", repeat("x", 0), "|", repeat('z', 2))
# expect: ababab||zz
println(repeat([1, 2], 2), " ", repeat(1:3, 2), " ", repeat(Any[:a], 2))
# expect: [1, 2, 1, 2] [1, 2, 3, 1, 2, 3] Any[:a, :a]
println(repeat([1 2], 2, 2))
# expect: [1 2 1 2; 1 2 1 2]
println(repeat([1.5; 2.5;;], 1, 3), " ", size(repeat([1.0, 2.0], 1, 3)))
# expect: [1.5 1.5 1.5; 2.5 2.5 2.5] (2, 3)
