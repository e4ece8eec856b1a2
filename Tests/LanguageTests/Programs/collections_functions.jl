v = [3, 1, 2]
println(sort(v), " ", sort(v; rev=true), " ", v)
# expect: [1, 2, 3] [3, 2, 1] [3, 1, 2]
println(map(x -> x * 10, v), " ", filter(isodd, v), " ", reduce(+, v))
# expect: [30, 10, 20] [3, 1] 6
println(map(+, [1, 2], [10, 20]))
# expect: [11, 22]
println(any(x -> x > 2, v), " ", all(x -> x > 2, v), " ", count(isodd, v))
# expect: true false 2
println(findfirst(x -> x == 2, v), " ", findfirst(x -> x == 9, v))
# expect: 3 nothing
l = Any[1, 2]
append!(l, [3, 4])
println(pop!(l), " ", l)
# expect: 4 Any[1, 2, 3]
println(first([7, 8]), " ", last([7, 8]), " ", reverse([1, 2, 3]))
# expect: 7 8 [3, 2, 1]
println(sort(["pear", "apple"]), " ", sort([3, 1, 2]; by = x -> -x))
# expect: ["apple", "pear"] [3, 2, 1]
println(reduce(*, [1, 2, 3]; init=10))
# expect: 60
println(map(x -> 2x, Float64[]), " ", map(x -> x, Int[]))
# expect: Float64[] Int64[]
