# sample draws an index with probability proportional to its weight.
srand(42)
p = [0.1, 0.0, 0.6, 0.3]
counts = zeros(Int, 4)
for i in 1:20000
    counts[sample(p)] += 1
end
println(counts[2], " ", sum(counts))
# expect: 0 20000
# Each frequency's standard error is below 0.0035; 0.02 is about six of them.
println(all(abs.(counts ./ 20000 .- p) .< 0.02))
# expect: true
println(sample([0, 0, 5]), " ", sample([:a, :b], [0.0, 1.0]), " ", sample(Any[1], [2]))
# expect: 3 b 1
srand(7); a = [sample([1, 2, 3]) for i in 1:12]
srand(7); b = [sample([1, 2, 3]) for i in 1:12]
println(a == b, " ", length(unique(a)) > 1)
# expect: true true
r = randperm(10)
println(sort(r) == collect(1:10), " ", typeof(r), " ", randperm(0))
# expect: true Vector{Int64} Int64[]
v = [10, 20, 30, 40, 50, 60]
moved = 0
for i in 1:20
    global moved += shuffle(v) != v ? 1 : 0
end
# The chance that 20 shuffles of 6 elements all leave the order alone is 720^-20.
println(moved > 0, " ", v, " ", sort(shuffle(v)) == v)
# expect: true [10, 20, 30, 40, 50, 60] true
m = [1.0 2.0; 3.0 4.0]
println(size(shuffle(m)), " ", sort(vec(shuffle(m))), " ", typeof(shuffle(1:3)))
# expect: (2, 2) [1.0, 2.0, 3.0, 4.0] Vector{Int64}
l = shuffle(Any["x", "y", "z"])
println(join(sort(l)), " ", typeof(l))
# expect: xyz Vector{Any}
