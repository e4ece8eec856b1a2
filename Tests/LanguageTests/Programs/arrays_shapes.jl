A = reshape(collect(1:6), 2, 3)
println(A)
# expect: [1 3 5; 2 4 6]
println(size(A), " ", size(A, 1), " ", size(A, 2), " ", ndims(A), " ", length(A))
# expect: (2, 3) 2 3 2 6
println(vec(A), " ", reshape(A, (3, 2)))
# expect: [1, 2, 3, 4, 5, 6] [1 4; 2 5; 3 6]
println(vcat([1, 2], [3]), " ", hcat([1, 2], [3, 4]))
# expect: [1, 2, 3] [1 3; 2 4]
println(cat([1 2], [3 4]; dims=1))
# expect: [1 2; 3 4]
println(permutedims(A))
# expect: [1 2; 3 4; 5 6]
B = zeros(2, 3, 4)
println(size(B), " ", size(permutedims(B, (3, 1, 2))))
# expect: (2, 3, 4) (4, 2, 3)
