# `show` writes an element type only where neither the enclosing container nor the
# elements themselves state it (Julia's :typeinfo and typeinfo_implicit).
println([[[[[[[[[[1]]]]]]]]]])
# expect: [[[[[[[[[[1]]]]]]]]]]
println(typeof([[[[[[[[[[1]]]]]]]]]]))
# expect: Vector{Vector{Vector{Vector{Vector{Vector{Vector{Vector{Vector{Vector{Int64}}}}}}}}}}
println([Any[1], Any[2]])
# expect: Vector{Any}[[1], [2]]
println(Any[Any[1]])
# expect: Any[Any[1]]
println(Any[(1, Any[2])])
# expect: Any[(1, Any[2])]
# Dictionaries: the short name when the key and value types read back implicitly.
println(Dict(:a => [1, 2]))
# expect: Dict(:a => [1, 2])
println(Dict("a" => Any[1]))
# expect: Dict{String, Vector{Any}}("a" => [1])
println([Dict(:a => 1)])
# expect: [Dict(:a => 1)]
d = Dict()
d[:a] = 1
println(d)
# expect: Dict{Any, Any}(:a => 1)
println(typeof(d))
# expect: Dict{Any, Any}
# A pair inside a pair is parenthesised.
println(1 => 2 => 3)
# expect: 1 => (2 => 3)
println((1 => 2) => 3)
# expect: (1 => 2) => 3
# The REPL's view of a dictionary is compact: six digits, and `=>` without spaces inside.
display(Dict(:prob => 0.7419354838709677))
# expect: Dict{Symbol, Float64} with 1 entry:
# expect:   :prob => 0.741935
display(Dict(:a => 1 => 2))
# expect: Dict{Symbol, Pair{Int64, Int64}} with 1 entry:
# expect:   :a => 1=>2
# A value that shares its parts is named once per part, not once per path.
x = []
for i in 1:40
    global x = [x, x]
end
println(length(string(typeof(x))))
# expect: 331
