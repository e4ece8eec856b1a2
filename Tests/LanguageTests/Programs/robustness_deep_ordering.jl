# Ordering compares containers element by element, as `==` does, so it has the same
# bound: a tuple nested 300,000 deep, or a list inside itself, used to overflow the
# stack in `sort` and crash the notebook (Julia throws a StackOverflowError).
println(sort([(2, "b"), (1, "z"), (2, "a")]))
# expect: [(1, "z"), (2, "a"), (2, "b")]
println(sort(Any[(2,), (1, 5, 0), (1, 5)]))
# expect: Any[(1, 5), (1, 5, 0), (2,)]
l = []; push!(l, l)
try
    sort([l, l])
catch e
    println(e isa StackOverflowError)
end
# expect: true
t = ()
for i in 1:300000
    global t = (t,)
end
sort([t, t])
# expect error: line 19, column 1: `isless` cannot compare values nested more than 10000 deep
