# Julia's own types where the notebook used to approximate them (fuzz seed and test):
# integer and Bool complex numbers, Irrational π, Adjoint rows, BitVectors, typed Dicts,
# Vector{Real} from map, byte-indexed string searches.
z = (1 + 2im) * (3 - im) + 2im^2
println(z, " ", typeof(z), " ", abs2(z), " ", z / 2, " ", (1 + 2im)^-1)
# expect: 3 + 5im Complex{Int64} 34 1.5 + 2.5im 0.2 - 0.4im
println(1 + Inf*im, " ", [1, 2im], " ", conj(im))
# expect: 1.0 + Inf*im Complex{Int64}[1 + 0im, 0 + 2im] 0 - 1im
println(π, " ", 2π, " ", typeof(ℯ), " ", π isa Real)
# expect: π 6.283185307179586 Irrational{:ℯ} true
v = [1.0, 2.0, 3.0]
println(v' * v, " ", typeof(v'), " ", typeof(v .> 1.5), " ", v .> 1.5)
# expect: 14.0 Adjoint{Float64, Vector{Float64}} BitVector Bool[0, 1, 1]
d = Dict{String, Float64}()
d["a"] = 1
println(d, " ", typeof(empty!(Dict(:k => 1))))
# expect: Dict("a" => 1.0) Dict{Symbol, Int64}
println(map(x -> x > 2 ? x : 0, [1.5, 2.5]), " ", v + reshape(v, 3, 1))
# expect: Real[0, 2.5] [2.0; 4.0; 6.0;;]
s = "naïve"
println(findfirst('v', s), " ", nextind(s, 3), " ", s[findfirst("ïv", s)])
# expect: 5 5 ïv
