# A list that holds itself twice has 2^depth paths: walks that only bounded depth took
# 2^100 steps (the fuzzer's hang). Each walk now stops at the first repeat, at once.
l = []; push!(l, l); push!(l, l)
println(l)
# expect: Any[Any[#= circular reference @-1 =#], Any[#= circular reference @-1 =#]]
p = Param([1.0, 2.0])
model = Any[p, l]
push!(l, model)
println(length(params(model)))
# expect: 1
# A shared part is not a cycle: it is walked once per path, in time.
shared = [1.0, 2.0]
pair = Any[shared, shared]
println(grad(m -> sum(m[1]) + 2 * sum(m[2]))(pair))
# expect: Any[[1.0, 1.0], [2.0, 2.0]]
d = Dict(:a => l, :b => model)
grad(x -> 1.0)(d)
# expect error: grad: the argument contains itself (a list or dictionary inside itself cannot be differentiated)
