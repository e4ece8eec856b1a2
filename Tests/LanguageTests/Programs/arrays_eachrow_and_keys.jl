A = [1 2; 3 4; 5 6]
for r in eachrow(A)
    print(sum(r), " ")
end
println()
# expect: 3 7 11
println(collect(keys([10, 20, 30])), " ", sum(A; dims=1), " ", maximum(A; dims=2))
# expect: [1, 2, 3] [9 12] [2; 4; 6;;]
