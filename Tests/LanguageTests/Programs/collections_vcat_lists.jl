# vcat joins lists element by element, as Julia's vcat of vectors does.
println(vcat(Any[], [1]))
# expect: Any[1]
A = [1.0 2.0]; B = [3.0 4.0]; C = [5.0 6.0]
L = vcat([A], [B, C])
println(typeof(L), " ", length(L), " ", L[3])
# expect: Vector{Matrix{Float64}} 3 [5.0 6.0]
hs = Any[]
for t in 1:3
    hs = vcat(hs, [fill(t, 2)])
end
println(length(hs), " ", hs[2])
# expect: 3 [2, 2]
println(vcat(["a"], ["b", "c"]), " ", vcat([1, 2], [3]))
# expect: ["a", "b", "c"] [1, 2, 3]
xs = Any[]
push!(xs, A)
append!(xs, [B, C])
println(length(xs), " ", xs[3] == C)
# expect: 3 true
