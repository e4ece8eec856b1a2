# `;` stacks along dimension 1, spaces and `;;` along 2, `;;;` along 3; trailing ones count too.
println(size([1; 2;;]), " ", size([7;;]), " ", [1;; 2;; 3], " ", size([1 2;;; 3 4]))
# expect: (2, 1) (1, 1) [1 2 3] (1, 2, 2)
println([1; 2;; 3; 4], " ", [[1, 2] [3, 4]], " ", [true 2], " ", typeof([true false]))
# expect: [1 3; 2 4] [1 3; 2 4] [1 2] Matrix{Bool}
println(["a"; "b"], " ", ["a"; ["b", "c"]], " ", [Any[1]; 2.5])
# expect: ["a", "b"] ["a", "b", "c"] Any[1, 2.5]
println(vcat([1, 2], 3:4), " ", hcat([1, 2], [3, 4]), " ", hvcat(2, 1, 2, 3, 4), " ", hvcat((2, 2), 1, 2, 3, 4))
# expect: [1, 2, 3, 4] [1 3; 2 4] [1 2; 3 4] [1 2; 3 4]
println(size(cat([1, 2], [3, 4]; dims = 3)), " ", vcat())
# expect: (2, 1, 2) Any[]
[1 2; 3]
# expect error: line 12, column 1: DimensionMismatch: vcat joins along dimension 1, and every other dimension must agree: (1, 2), a number
