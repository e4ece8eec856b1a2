# Lazy iterators yield on demand: an infinite one works in a loop that breaks, prints
# as Julia shows it, and collecting it is refused instead of running forever.
c = Iterators.cycle([1, 2, 3])
println(c)
# expect: Base.Iterators.Cycle{Vector{Int64}}([1, 2, 3])
total = 0
for x in c
    global total += x
    total > 10 && break
end
println(total)
# expect: 12
println(collect(Iterators.take(c, 4)), " ", length(Iterators.take(c, 4)))
# expect: [1, 2, 3, 1] 4
println(collect(zip(Iterators.countfrom(10, 10), "ab")))
# expect: [(10, 'a'), (20, 'b')]
e = enumerate([:a, :b])
println(e, " ", length(e), " ", collect(e))
# expect: enumerate([:a, :b]) 2 [(1, :a), (2, :b)]
collect(c)
# expect error: cannot collect the infinite iterator
