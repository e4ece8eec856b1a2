d = Dict("a" => 1, "b" => 2)
println(("a" => 1) in d, " ", ("a" => 2) in d, " ", haskey(d, "b"))
# expect: true false true
counts = Dict()
for c in "banana"
    counts[c] = get(counts, c, 0) + 1
end
println(counts['a'], " ", counts['n'], " ", length(counts))
# expect: 3 2 3
println(sort(collect(values(d))))
# expect: [1, 2]
