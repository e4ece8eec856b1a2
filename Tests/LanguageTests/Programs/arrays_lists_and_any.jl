# Arrays of arrays are lists; Any[...] holds anything.
w = [zeros(2, 2), zeros(2)]
println(typeof(w), " ", length(w))
# expect: Vector{Array{Float64}} 2
mixed = Any[1, "two", :three]
println(mixed)
# expect: Any[1, "two", :three]
empty = []
push!(empty, 5)
push!(empty, "x")
println(empty, " ", length(empty))
# expect: Any[5, "x"] 2
params = Any[ones(2), 3]
params[2] = 4
println(params)
# expect: Any[[1.0, 1.0], 4]
