# `;` in brackets is vcat, which splices ranges and vectors: [1:15;] is 15 numbers.
v = [1:15;]
println(length(v), " ", typeof(v))
# expect: 15 Vector{Int64}
println(reshape([1:15;], 3, 5))
# expect: [1 4 7 10 13; 2 5 8 11 14; 3 6 9 12 15]
println([1:3; 4], " ", [1:2; [3, 4]; 5:6], " ", typeof([1:3; 4]))
# expect: [1, 2, 3, 4] [1, 2, 3, 4, 5, 6] Vector{Int64}
println([1:3, 4:5], " ", [1:3])
# expect: UnitRange{Int64}[1:3, 4:5] UnitRange{Int64}[1:3]
