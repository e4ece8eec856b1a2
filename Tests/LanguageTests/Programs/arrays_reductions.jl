A = [1.0 2.0; 3.0 4.0]
println(sum(A), " ", mean(A), " ", maximum(A), " ", minimum(A))
# expect: 10.0 2.5 4.0 1.0
println(sum(A; dims=1), " ", sum(A, dims=2))
# expect: [4.0 6.0] [3.0; 7.0;;]
println(sum([1, 2, 3]), " ", prod([1, 2, 3, 4]), " ", sum(abs2, [1, 2]))
# expect: 6 24 5
println(argmax([3, 9, 2]), " ", argmin([3, 9, 2]))
# expect: 2 3
println(norm([3.0, 4.0]), " ", dot([1, 2, 3], [4, 5, 6]))
# expect: 5.0 32
println(cumsum([1, 2, 3]))
# expect: [1, 3, 6]
println(mean([1, 2]), " ", maximum([1, 5, 2]))
# expect: 1.5 5
