d = Dict(:a => 1, :b => 2)
d[:c] = 3
println(d[:a] + d[:c], " ", length(d), " ", haskey(d, :b), " ", haskey(d, :z))
# expect: 4 3 true false
println(get(d, :z, 0), " ", keys(d), " ", values(d))
# expect: 0 [:a, :b, :c] [1, 2, 3]
for (k, v) in d
    println(k, " => ", v)
end
# expect: a => 1
# expect: b => 2
# expect: c => 3
s = Dict("x" => [1.0, 2.0])
push!(s["x"], 3.0)
println(s)
# expect: Dict("x" => [1.0, 2.0, 3.0])
# A Dict{Any, Any}'s keys collect to a Vector{Any}, and filter on a Dict is a Dict.
u = Dict()
u[:k] = 1
println(collect(keys(u)), " ", collect(values(u)), " ", collect(Any[1, 2]))
# expect: Any[:k] Any[1] Any[1, 2]
println(filter(p -> p.second > 1, Dict("a" => 1, "b" => 2, "c" => 3)))
# expect: Dict("c" => 3, "b" => 2)
delete!(d, :a)
println(d[:a])
# expect error: key :a not found
