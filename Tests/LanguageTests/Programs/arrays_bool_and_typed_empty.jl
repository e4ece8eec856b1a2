# Bool matrix literals, zeros(Bool, n), and typed empty arrays.
B = [true false; false true]
println(typeof(B), " ", B)
# expect: Matrix{Bool} Bool[1 0; 0 1]
z = zeros(Bool, 3)
println(typeof(z), " ", z)
# expect: Vector{Bool} Bool[0, 0, 0]
c = Char[]
push!(c, 'a')
println(typeof(Float64[]), " ", typeof(Int[]), " ", length(c), " ", c[1])
# expect: Vector{Float64} Vector{Int64} 1 a
println([true; false], " ", typeof([true 1]))
# expect: Bool[1, 0] Matrix{Int64}
