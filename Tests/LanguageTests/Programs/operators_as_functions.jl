# Every operator is a function: passed, assigned, and called with its arguments.
f = +
println(f(1, 2), " ", +(1, 2, 3), " ", *(2, 3, 4), " ", -(5, 2), " ", -(5))
# expect: 3 6 24 3 -5
println(reduce(+, [1, 2, 3]), " ", map(-, [1, 2]), " ", map(==, [1, 2], [1, 3]))
# expect: 6 [-1, -2] Bool[1, 0]
println(isa(1, Int), " ", isa(1.0, Int), " ", in(2, [1, 2]), " ", 3 in [1, 2])
# expect: true false true false
g = sqrt ∘ abs
println(g(-16), " ", (string ∘ length)("abc"))
# expect: 4.0 3
println(16 |> sqrt, " ", [1, 4, 9] .|> sqrt)
# expect: 4.0 [1.0, 2.0, 3.0]
println(//(6, 4), " ", (//)(1, -2))
# expect: 3//2 -1//2
a = [1, 2, 3]
println(getindex(a, 2), " ", getindex([1 2; 3 4], 2, 1), " ", getindex(Dict(:k => 5), :k), " ", getindex(a, 2:3))
# expect: 2 3 5 [2, 3]
println(setindex!(a, 20, 2), " ", a)
# expect: [1, 20, 3] [1, 20, 3]
