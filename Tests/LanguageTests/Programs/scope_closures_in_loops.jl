# Each iteration has its own `i`, so closures remember the value they saw.
fs = []
for i in 1:3
    push!(fs, () -> i * 10)
end
println([f() for f in fs])
# expect: [10, 20, 30]
function make_accumulator(total)
    return x -> (total += x)
end
acc = make_accumulator(100)
acc(5)
println(acc(10))
# expect: 115
