A = [1 2; 3 4]
B = [5 6; 7 8]
println(vcat(A, B), " ", size(hcat(A, B)))
# expect: [1 2; 3 4; 5 6; 7 8] (2, 4)
println([A B], " ", [A; B] == vcat(A, B))
# expect: [1 2 5 6; 3 4 7 8] true
println([zeros(2) ones(2)])
# expect: [0.0 1.0; 0.0 1.0]
println(hcat([1, 2], 3 .* [1, 2]))
# expect: [1 3; 2 6]
