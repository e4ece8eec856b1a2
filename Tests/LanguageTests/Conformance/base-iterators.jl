# Base reference: Iteration utilities (doc/src/base/iterators.md), and the Knet tutorial
# notebook 25.iterators.ipynb, whose idioms these follow without its MNIST data.

# case: Iterators.take — the first n elements
println(collect(Iterators.take(1:10, 3)))
println(sum(Iterators.take(1:100, 10)))
# expect: [1, 2, 3]
# expect: 55

# case: Iterators.drop — all but the first n elements
println(collect(Iterators.drop(1:5, 2)))
println(first(Iterators.drop(10:20, 4)))
# expect: [3, 4, 5]
# expect: 14

# case: Iterators.cycle — repeating forever, cut short by take
println(collect(Iterators.take(Iterators.cycle([1, 2]), 5)))
# expect: [1, 2, 1, 2, 1]

# case: Iterators.cycle — a for loop over a cycle ends with break
n = 0
for x in Iterators.cycle([:a, :b, :c])
    global n += 1
    n >= 7 && break
end
println(n)
# expect: 7

# case: Iterators.partition — chunks of a range are ranges
display(collect(Iterators.partition(1:7, 3)))
# expect: 3-element Vector{UnitRange{Int64}}:
# expect:  1:3
# expect:  4:6
# expect:  7:7

# case: Iterators.partition — chunks of a vector, the last one shorter
for chunk in Iterators.partition([10, 20, 30, 40, 50], 2)
    println(chunk)
end
# expect: [10, 20]
# expect: [30, 40]
# expect: [50]

# case: Iterators.product — every combination, with the first iterator fastest
display(collect(Iterators.product(1:2, 3:4)))
# expect: 2×2 Matrix{Tuple{Int64, Int64}}:
# expect:  (1, 3)  (1, 4)
# expect:  (2, 3)  (2, 4)

# case: Iterators.product — a for loop over the product
for (a, b) in Iterators.product(1:2, "xy")
    print(a, b, " ")
end
println()
# expect: 1x 2x 1y 2y

# case: Iterators.flatten — concatenating the elements of an iterator of iterators
println(collect(Iterators.flatten([[1, 2], [3], Int[]])))
println(collect(Iterators.flatten((1:2, 5:6))))
# expect: [1, 2, 3]
# expect: [1, 2, 5, 6]

# case: Iterators.countfrom and Iterators.repeated
println(collect(Iterators.take(Iterators.countfrom(5), 3)))
println(collect(Iterators.take(Iterators.countfrom(1, 10), 3)))
println(collect(Iterators.repeated("a", 2)))
# expect: [5, 6, 7]
# expect: [1, 11, 21]
# expect: ["a", "a"]

# case: Iterators.takewhile and Iterators.dropwhile
println(collect(Iterators.takewhile(x -> x < 4, 1:10)))
println(collect(Iterators.dropwhile(x -> x < 8, 1:10)))
# expect: [1, 2, 3]
# expect: [8, 9, 10]

# case: Iterators.filter and Iterators.map are lazy versions of filter and map
println(collect(Iterators.filter(iseven, 1:6)))
println(collect(Iterators.map(x -> x^2, 1:3)))
# expect: [2, 4, 6]
# expect: [1, 4, 9]

# case: Iterators.reverse and Iterators.enumerate
println(collect(Iterators.reverse(1:3)))
for (i, c) in Iterators.enumerate("hi")
    print(i, c, " ")
end
println()
# expect: [3, 2, 1]
# expect: 1h 2i

# case: Iterators.Stateful — a stateful iterator remembers where it stopped
s = Iterators.Stateful(1:5)
for x in s
    x >= 2 && break
end
println(collect(s))
# expect: [3, 4, 5]

# case: Iteration utilities — using Base.Iterators brings take and drop into scope
using Base.Iterators: take, drop
println(collect(take(drop(1:10, 3), 2)))
# expect: [4, 5]

# case: Iteration utilities — length of lazy iterators with a known size
println(length(Iterators.take(1:10, 3)), " ", length(Iterators.product(1:2, 1:3)))
# expect: 3 6

# case: Iteration utilities — zip collected into tuples
println(collect(zip(1:3, "abc")))
# expect: [(1, 'a'), (2, 'b'), (3, 'c')]

# case: Generator Expressions — a generator is lazy and can be collected later
g = (x^2 for x in 1:4 if isodd(x))
println(collect(g))
println(sum(g))
# expect: [1, 9]
# expect: 10

# case: Generator Expressions — first of a generator and a generator of tuples
g = ((i, i^2) for i in 1:3)
println(first(g))
for (a, b) in g
    print(a + b, " ")
end
println()
# expect: (1, 1)
# expect: 2 6 12

# case: Iteration — enumerate and zip together
for (i, (a, b)) in enumerate(zip([10, 20], [:x, :y]))
    println(i, " ", a, " ", b)
end
# expect: 1 10 x
# expect: 2 20 y

# case: Iteration — iterating a named tuple gives its values, pairs gives both
nt = (lr = 0.1, epochs = 3)
for v in nt
    print(v, " ")
end
println()
for (k, v) in pairs(nt)
    print(k, "=", v, " ")
end
println()
# expect: 0.1 3
# expect: lr=0.1 epochs=3

# case: Iteration — a user-defined iterator with Base.iterate
struct Squares
    count::Int
end
Base.iterate(S::Squares, state = 1) = state > S.count ? nothing : (state * state, state + 1)
Base.length(S::Squares) = S.count
for item in Squares(4)
    print(item, " ")
end
println()
println(collect(Squares(3)))
println(sum(Squares(3)))
# expect: 1 4 9 16
# expect: Any[1, 4, 9]
# expect: 14

# case: Iteration — pairs of a matrix has CartesianIndex keys; of a vector, linear ones (pairs(A) = pairs(IndexCartesian(), A) and pairs(::AbstractVector) in base/iterators.jl; the docstring's foreach(println, pairs(["a", "b", "c"])))
for (i, x) in pairs([10 20; 30 40])
    print(i, " => ", x, "; ")
end
println("end")
foreach(println, pairs(["a", "b", "c"]))
# expect: CartesianIndex(1, 1) => 10; CartesianIndex(2, 1) => 30; CartesianIndex(1, 2) => 20; CartesianIndex(2, 2) => 40; end
# expect: 1 => "a"
# expect: 2 => "b"
# expect: 3 => "c"

# case: Iteration — pairs is an AbstractDict: Base.Pairs prints and indexes as one (showarg for Iterators.Pairs in base/show.jl)
p = pairs([10, 20])
println(p, " ", p[2], " ", typeof(p))
display(p)
println(pairs((a = 1, b = 2)))
# expect: Base.Pairs(1 => 10, 2 => 20) 20 Base.Pairs{Int64, Int64, LinearIndices{1, Tuple{Base.OneTo{Int64}}}, Vector{Int64}}
# expect: pairs(IndexLinear(), ::Vector{Int64}) with 2 entries:
# expect:   1 => 10
# expect:   2 => 20
# expect: Base.Pairs(:a => 1, :b => 2)

# case: Iteration — the eltype of a tuple joins its element types as promote_typejoin does (eltype in base/tuple.jl)
println(eltype((1, 2.0)), " ", eltype((1, 2)), " ", eltype((1, "a")), " ", eltype((true, 1)))
# expect: Real Int64 Any Integer

# case: Iterators.partition — a vector's chunks are views (base/iterators.jl: view(itr.c, state:r)), so writing into one writes into the vector
v = [1, 2, 3, 4, 5]
parts = collect(Iterators.partition(v, 2))
println(parts)
parts[1][1] = 10
println(v, " ", typeof(first(Iterators.partition(v, 3))))
# expect: SubArray{Int64, 1, Vector{Int64}, Tuple{UnitRange{Int64}}, true}[[1, 2], [3, 4], [5]]
# expect: [10, 2, 3, 4, 5] SubArray{Int64, 1, Vector{Int64}, Tuple{UnitRange{Int64}}, true}

# case: Generators — a reduction runs a filtered generator's body once per element it keeps (sum is mapreduce over the Generator, which iterates its Filter once; base/generator.jl)
s = sum((println("body ", x); x) for x in 1:4 if isodd(x))
println(s)
# expect: body 1
# expect: body 3
# expect: 4

# case: Generators — foreach and map call f on each element as the generator makes it (foreach is a for loop; map of an iterator collects Generator(f, itr))
foreach(x -> println("got ", x), (println("make ", x); x) for x in 1:2)
println(map(x -> (println("f ", x); 2x), (println("g ", x); x) for x in 1:2))
# expect: make 1
# expect: got 1
# expect: make 2
# expect: got 2
# expect: g 1
# expect: f 1
# expect: g 2
# expect: f 2
# expect: [2, 4]

# case: Generators — foldl takes each element as it is made; foldr iterates Iterators.reverse of the generator, whose source is reversed (mapfoldr_impl and reverse(g::Generator) in base/reduce.jl, base/iterators.jl)
r = foldl((a, b) -> (println(a, "+", b); a + b), (println("g", x); x) for x in 1:3)
println(r)
r = foldr((x, acc) -> (println(x, "|", acc); x + acc), (println("g", x); x) for x in 1:3)
println(r)
# expect: g1
# expect: g2
# expect: 1+2
# expect: g3
# expect: 3+3
# expect: 6
# expect: g3
# expect: g2
# expect: 2|3
# expect: g1
# expect: 1|5
# expect: 6

# case: Generators — count, accumulate and extrema interleave their function with the generator's body (for loops over the iterator in base/reduce.jl, base/accumulate.jl)
println(count(x -> (println("c", x); iseven(x)), (println("g", x); x) for x in 1:2))
println(accumulate(+, (println("a", x); x) for x in 1:2))
println(extrema(x -> (println("e", x); -x), (println("g", x); x) for x in 1:2))
# expect: g1
# expect: c1
# expect: g2
# expect: c2
# expect: 1
# expect: a1
# expect: a2
# expect: [1, 3]
# expect: g1
# expect: e1
# expect: g2
# expect: e2
# expect: (-2, -1)

# case: Generators — isempty of a filtered generator runs the condition, never the body (isempty(g::Generator) = isempty(g.iter) in base/generator.jl); an empty one reduces to Julia's unknown-eltype ArgumentError
println(isempty((println("body"); x) for x in 1:3 if x > 1))
try
    maximum((println("body"); x) for x in 1:3 if x > 5)
catch e
    println(e)
end
# expect: false
# expect: ArgumentError("reducing over an empty collection of unknown element type is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")

# case: Generators — a generator can be any positional argument of a call, not only the first (Julia's parse-arglist)
println(sum(abs2, x for x in [1, 2, 3]), " ", mapreduce(x -> x + 1, *, x for x in 1:3))
# expect: 14 24

# case: Iterators.partition — a range's chunks are slices of it, of its own kind (iterate for PartitionIterator{<:AbstractRange}: itr.c[state:r])
println(collect(Iterators.partition(1:2:9, 2)))
# expect: StepRange{Int64, Int64}[1:2:3, 5:2:7, 9:2:9]

# case: Iterators.partition — a matrix's chunks are views of its reshaped Vector over linear indices, and a BitVector's are views of it (view(itr.c, state:r) with _maybe_reshape_parent)
A = [1 2; 3 4]
p = collect(Iterators.partition(A, 3))
println(p)
p[1][1] = 10
println(A)
println(collect(Iterators.partition(trues(3), 2)))
# expect: SubArray{Int64, 1, Vector{Int64}, Tuple{UnitRange{Int64}}, true}[[1, 3, 2], [4]]
# expect: [10 2; 3 4]
# expect: SubArray{Bool, 1, BitVector, Tuple{UnitRange{Int64}}, true}[[1, 1], [1]]

# case: Iteration utilities — zip asks each iterable for its next element in order and stops at the first that has none, so a longer generator given first runs its body once more, a shorter one given second does not (iterate(::Zip) in base/iterators.jl)
for (a, b) in zip(((println("made ", x); x) for x in 1:3), 1:2)
    println("step ", a, " ", b)
end
for (a, b) in zip(1:2, ((println("made ", x); x) for x in 1:3))
    println("step ", a, " ", b)
end
# expect: made 1
# expect: step 1 1
# expect: made 2
# expect: step 2 2
# expect: made 3
# expect: made 1
# expect: step 1 1
# expect: made 2
# expect: step 2 2

# case: Iteration utilities — a spent take ends zip's step before the other iterables are asked (isdone(::Take) is true once its count is spent, and _zip_iterate_all asks isdone of all first)
println(collect(zip(Iterators.take(((println("a ", x); x) for x in 1:5), 2), ((println("b ", y); 10y) for y in 1:5))))
# expect: a 1
# expect: b 1
# expect: a 2
# expect: b 2
# expect: [(1, 10), (2, 20)]

# case: Generators — map over several collections collects Generator(f, zip(...)), so f runs right after each step's elements are made
r = map((a, b) -> (println("f ", a); a + b), ((println("g ", x); x) for x in 1:3), [10, 20, 30])
println(r)
# expect: g 1
# expect: f 1
# expect: g 2
# expect: f 2
# expect: g 3
# expect: f 3
# expect: [11, 22, 33]

# case: Generators — mapreduce over several iterables, one of them not an array, is reduce(op, Generator(f, itrs...)): op takes each mapped value as it is made; over arrays only it is reduce(op, map(f, A...)), every f first (base/reduce.jl, base/reducedim.jl)
s = mapreduce((a, b) -> (println("f ", a); a * b), (u, v) -> (println("op"); u + v), ((println("g ", x); x) for x in 1:3), [10, 20, 30])
println(s)
t = mapreduce((a, b) -> (println("f ", a); a * b), (u, v) -> (println("op"); u + v), [1, 2, 3], [10, 20, 30])
println(t)
# expect: g 1
# expect: f 1
# expect: g 2
# expect: f 2
# expect: op
# expect: g 3
# expect: f 3
# expect: op
# expect: 140
# expect: f 1
# expect: f 2
# expect: f 3
# expect: op
# expect: op
# expect: 140

# case: Generators — zip of two generators steps both, the first's body before the second's, each step
for (a, b) in zip(((println("x", i); i) for i in 1:2), ((println("y", j); j) for j in 1:2 if true))
    println(a + b)
end
# expect: x1
# expect: y1
# expect: 2
# expect: x2
# expect: y2
# expect: 4

# case: Iterators.Stateful — it keeps the next element ready: making one iterates once, and each element handed out makes the next first, so a generator's body runs one ahead and once per element (Stateful's constructor and popfirst! in base/iterators.jl)
s = Iterators.Stateful((println("made ", x); x) for x in 1:3)
println("made it")
for x in s
    println("got ", x)
    x == 1 && break
end
println(collect(s))
# expect: made 1
# expect: made it
# expect: made 2
# expect: got 1
# expect: made 3
# expect: [2, 3]

# case: Iterators.Stateful — zip asks a Stateful after the iterables whose isdone is unknown, since isdone(::Stateful) is known (true or false), and a Stateful zipped with itself takes two elements per step
t = Iterators.Stateful([10, 20, 30, 40])
println(collect(zip(t, t)))
u = Iterators.Stateful((println("u ", x); x) for x in 1:2)
println(collect(zip(((println("g ", y); y) for y in 1:3), u)))
# expect: [(10, 20), (30, 40)]
# expect: u 1
# expect: g 1
# expect: u 2
# expect: g 2
# expect: [(1, 1), (2, 2)]

# case: Iterators.filter — reducing a filter that keeps nothing gives the zero or one of its source's element type, since a Filter has its source's eltype (reduce_empty_iter with HasEltype in base/reduce.jl); a generator's is unknown
println(sum(Iterators.filter(x -> x > 5, [1.0, 2.0])), " ", sum(Iterators.filter(x -> x > 5, 1:3)), " ", prod(Iterators.filter(x -> x > 5, [1.0, 2.0])), " ", sum(abs2, Iterators.filter(x -> x > 5, [1.0, 2.0])), " ", sum(Iterators.take([1.5], 0)))
# expect: 0.0 0 1.0 0.0 0.0
