# Base reference: Collections and Data Structures, Arrays, Sorting
# (doc/src/base/collections.md, arrays.md and sort.md in JuliaLang/julia)

# case: Sorting — sort! sorts in place and returns the array
v = [3, 1, 2]
w = sort!(v)
println(v, " ", w === v)
# expect: [1, 2, 3] true

# case: Sorting — sortperm gives the permutation that sorts
v = [30, 10, 20]
p = sortperm(v)
println(p, " ", v[p])
println(sortperm(v, rev = true))
# expect: [2, 3, 1] [10, 20, 30]
# expect: [1, 3, 2]

# case: Sorting — sort with by, lt and rev
println(sort([-3, 1, -2], by = abs))
println(sort([1, 2, 3], lt = (a, b) -> a > b))
println(sort(["b", "A", "c"], rev = true))
# expect: [1, -2, -3]
# expect: [3, 2, 1]
# expect: ["c", "b", "A"]

# case: Sorting — tuples sort lexicographically
println(sort([(2, "b"), (1, "z"), (2, "a")]))
# expect: [(1, "z"), (2, "a"), (2, "b")]

# case: Sorting — issorted and sorting a matrix along a dimension
println(issorted([1, 2, 2, 5]), " ", issorted([2, 1]))
println(sort([3 1; 2 4], dims = 2))
# expect: true false
# expect: [1 3; 2 4]

# case: Collections — copy! replaces the contents of the destination
dst = zeros(3)
copy!(dst, [1, 2, 3])
println(dst)
# expect: [1.0, 2.0, 3.0]

# case: Dictionaries — get! inserts the default only when the key is missing
d = Dict("a" => 1)
println(get!(d, "a", 9), " ", get!(d, "b", 5), " ", d["b"])
println(get!(() -> 7, d, "c"), " ", length(d))
# expect: 1 5 5
# expect: 7 3

# case: Dictionaries — get with a default does not insert
d = Dict("a" => 1)
println(get(d, "z", 0), " ", haskey(d, "z"))
# expect: 0 false

# case: Collections — empty! on a vector and on a dictionary
v = [1, 2, 3]
println(empty!(v), " ", length(v))
d = Dict("k" => 1.5)
println(empty!(d))
# expect: Int64[] 0
# expect: Dict{String, Float64}()

# case: Collections — isempty and length
println(isempty([]), " ", isempty([0]), " ", length(Dict(1 => 2)), " ", isempty(""))
# expect: true false 1 true

# case: Reductions — foldl and foldr associate from opposite ends
println(foldl(-, 1:4), " ", foldr(-, 1:4))
println(foldl((acc, x) -> acc * string(x), 1:3; init = ">"))
println(foldr((x, acc) -> acc * string(x), 1:3; init = "<"))
# expect: -8 -2
# expect: >123
# expect: <321

# case: Reductions — mapreduce maps then reduces
println(mapreduce(x -> x^2, +, [1, 2, 3]))
println(mapreduce(abs, max, [-7, 2, 5]))
println(mapreduce(x -> 2x, *, 1:3; init = 1))
# expect: 14
# expect: 7
# expect: 48

# case: Reductions — reduce with init, and sum, prod, maximum and minimum of a function
println(reduce(+, [1, 2, 3]; init = 10))
println(sum(abs2, [1, -2, 3]), " ", prod(x -> x + 1, [1, 2, 3]))
println(maximum(length, ["a", "abc", "ab"]), " ", minimum(abs, [-4, 2, -3]))
# expect: 16
# expect: 14 24
# expect: 3 2

# case: Reductions — init is the value of sum, prod, maximum, minimum and extrema on an empty collection (docstrings in base/reduce.jl)
println(sum(1:20; init = 0.0), " ", prod(1:5; init = 1.0))
println(maximum(length, []; init=-1), " ", minimum(length, []; init=typemax(Int64)))
println(maximum((); init=-Inf), " ", minimum([]; init=Inf), " ", extrema([]; init = (Inf, -Inf)))
println(foldl(=>, 1:4; init=0))
println(foldr(=>, 1:4; init=0))
println(reduce(*, [2; 3; 4]; init=-1))
# expect: 210.0 120.0
# expect: -1 9223372036854775807
# expect: -Inf Inf (Inf, -Inf)
# expect: (((0 => 1) => 2) => 3) => 4
# expect: 1 => (2 => (3 => (4 => 0)))
# expect: -24

# case: Reductions — with init a Float64 array is folded from the left starting at init, since mapreduce with init is mapfoldl (_mapreduce_dim in base/reducedim.jl), where without init 16 or more elements are summed pairwise (each value exact arithmetic in that order); extrema's init takes part through min and max, which promote
v = [1e16; ones(17)]
println(sum(v), " ", sum(v; init = 0.0), " ", sum(abs, v; init = 0.0), " ", maximum(v; init = 2e16))
println(extrema([3, 1, 2]; init = (Inf, -Inf)), " ", minimum([-0.0, 0.0]; init = 0.0), " ", sum([true, true]; init = false))
# expect: 1.0000000000000012e16 1.0e16 1.0e16 2.0e16
# expect: (1.0, 3.0) -0.0 2

# case: Reductions — sum of 16 or more Float64 elements is pairwise with 16 partial sums (the order of Julia 1.10's x86-64 binaries on an AVX2 CPU; each value is exact arithmetic in that order: 1e16 + 1 rounds back to 1e16, so only ones added to each other count)
v = [1e16; ones(17)]
println(sum(v), " ", reduce(+, v), " ", sum(identity, v), " ", mean(v))
println(foldl(+, v), " ", sum(x for x in v), " ", sum(v[1:15]))
x = [1e8; ones(4095)]
println(sum(abs2, x), " ", mapreduce(abs2, +, x))
println(mapreduce(*, +, v, ones(18)), " ", mapreduce(*, +, v, ones(18); init = 0.0))
# expect: 1.0000000000000012e16 1.0000000000000012e16 1.0000000000000012e16 5.5555555555555625e14
# expect: 1.0e16 1.0e16 1.0e16
# expect: 1.000000000000402e16 1.0000000000003828e16
# expect: 1.0000000000000012e16 1.0e16

# case: Reductions — sum along dims starts each result from 0.0; a column of 16 is one vectorised loop, while sum of 16 adds 1e16 + 1 first
c = [1e16; ones(15)]
println(sum(c), " ", sum(c, dims=1))
println(sum([-0.0 -0.0], dims=2), " ", sum([-0.0, -0.0]), " ", sum([-0.0 -0.0], dims=1))
# expect: 1.0e16 [1.0000000000000012e16]
# expect: [0.0;;] -0.0 [0.0 0.0]

# case: Reductions — prod of 16 or more Float64 elements multiplies in 16 partial products, so 1e200 * 1e200 never meets
p = [1.0, 1.0, 1e200, 1e200, 1e-200, 1e-200, ones(12)...]
println(prod(p), " ", reduce(*, p), " ", foldl(*, p))
# expect: 1.0 1.0 Inf

# case: Reductions — the adjoint of a matrix has Cartesian indexing, which sum folds from the left
A = reshape([1e16; ones(17)], 18, 1)
println(sum(A), " ", sum(A'), " ", mean(A') * 18, " ", sum(A', dims=2), " ", sum(collect(A'), dims=2))
# expect: 1.0000000000000012e16 1.0e16 1.0e16 [1.0e16;;] [1.0000000000000012e16;;]

# case: Reductions — a Vector{Any} is summed by the same pairwise tree, its blocks of up to 1024 left to right (a loop over boxed values does not vectorise); a tuple and a generator fold from the left
l = Any[1e16]
for i in 1:2047
    push!(l, 1.0)
end
println(sum(l), " ", foldl(+, l), " ", sum(x for x in l), " ", sum(Tuple(l)))
# expect: 1.0000000000001024e16 1.0e16 1.0e16 1.0e16

# case: Reductions — extrema gives the smallest and largest together
println(extrema([3, -1, 5, 2]))
# expect: (-1, 5)

# case: Reductions — accumulate keeps every partial result
println(accumulate(+, [1, 2, 3]))
println(accumulate(*, [1, 2, 3, 4]))
println(accumulate(max, [1, 3, 2, 5, 4]))
println(accumulate(+, [1, 2, 3]; init = 10))
# expect: [1, 3, 6]
# expect: [1, 2, 6, 24]
# expect: [1, 3, 3, 5, 5]
# expect: [11, 13, 16]

# case: Reductions — cumsum and cumprod
println(cumsum([1, 2, 3, 4]), " ", cumprod([1, 2, 3, 4]))
println(cumsum([1.5, 2.5]))
# expect: [1, 3, 6, 10] [1, 2, 6, 24]
# expect: [1.5, 4.0]

# case: Reductions — count, any and all with predicates
v = [1, 2, 3, 4, 5]
println(count(iseven, v), " ", any(x -> x > 4, v), " ", all(x -> x > 0, v))
println(count([true, false, true]), " ", any([false, false]), " ", all([]))
# expect: 2 true true
# expect: 2 false true

# case: Collections — eltype of containers
println(eltype([1, 2]), " ", eltype([1.0, 2.0]), " ", eltype(1:3), " ", eltype(["a"]))
println(eltype((1, 2)), " ", eltype(Dict(:a => 1)))
# expect: Int64 Float64 Int64 String
# expect: Int64 Pair{Symbol, Int64}

# case: Collections — summary describes a value's shape and type
println(summary([1, 2, 3]))
println(summary(zeros(2, 3)))
println(summary(1:3))
println(summary(1), " ", summary("hi"))
println(summary(Dict("a" => 1)))
# expect: 3-element Vector{Int64}
# expect: 2×3 Matrix{Float64}
# expect: 3-element UnitRange{Int64}
# expect: Int64 String
# expect: Dict{String, Int64} with 1 entry

# case: Collections — summary. over a tuple of arrays, as Knet notebooks print batches
x = zeros(4, 3)
y = [1, 2, 3]
println(summary.((x, y)))
# expect: ("4×3 Matrix{Float64}", "3-element Vector{Int64}")

# case: Broadcasting — broadcast calls a function elementwise, like a dot call
println(broadcast(x -> x + 1, [1, 2]))
println(broadcast(*, [1, 2], [10 100]))
# expect: [2, 3]
# expect: [10 100; 20 200]

# case: Broadcasting — broadcast! writes into a destination
dst = zeros(2)
broadcast!(+, dst, [1, 2], 0.5)
println(dst)
# expect: [1.5, 2.5]

# case: Searching — argmax, argmin, findmax and findmin of a vector
v = [3, 7, 2, 7]
println(argmax(v), " ", argmin(v), " ", findmax(v), " ", findmin(v))
# expect: 2 3 (7, 2) (2, 3)

# case: Searching — argmax and findmax of a matrix give a CartesianIndex
A = [1 5; 7 2]
println(argmax(A))
println(findmax(A))
println(findmin(A))
# expect: CartesianIndex(2, 1)
# expect: (7, CartesianIndex(2, 1))
# expect: (1, CartesianIndex(1, 1))

# case: Searching — argmax with dims gives a matrix of CartesianIndex
A = [1 5; 7 2]
println(argmax(A, dims = 1))
display(argmax(A, dims = 1))
# expect: CartesianIndex{2}[CartesianIndex(2, 1) CartesianIndex(1, 2)]
# expect: 1×2 Matrix{CartesianIndex{2}}:
# expect:  CartesianIndex(2, 1)  CartesianIndex(1, 2)

# case: Searching — findmax and findmin with dims give values and indices
A = [1 5; 7 2]
println(findmax(A, dims = 1))
println(findmin(A, dims = 2))
# expect: ([7 5], CartesianIndex{2}[CartesianIndex(2, 1) CartesianIndex(1, 2)])
# expect: ([1; 2;;], CartesianIndex{2}[CartesianIndex(1, 1); CartesianIndex(2, 2);;])

# case: Searching — the row of each column's maximum, as Knet's accuracy computes it
scores = [0.1 0.9 0.3; 0.8 0.05 0.3; 0.1 0.05 0.4]
rows = map(i -> i[1], findmax(scores, dims = 1)[2])
println(rows)
labels = [2, 1, 3]
println(sum(labels' .== rows) / length(labels))
# expect: [2 1 3]
# expect: 1.0

# case: Searching — argmax(f, domain) and findmax(f, domain)
println(argmax(abs, [-5, 3]), " ", findmax(abs, [-5, 3]))
println(argmax(x -> -(x - 2)^2, 0:4))
# expect: -5 (5, 1)
# expect: 2

# case: Searching — findfirst, findlast, findnext and findall with predicates
v = [4, 9, 16, 9]
println(findfirst(isequal(9), v), " ", findlast(isequal(9), v), " ", findnext(isequal(9), v, 3))
println(findall(x -> x > 5, v), " ", findfirst(x -> x > 100, v) === nothing)
println(findall([true, false, true]))
# expect: 2 4 4
# expect: [2, 3, 4] true
# expect: [1, 3]

# case: Arrays — CartesianIndex arithmetic and fields
i = CartesianIndex(2, 3)
println(i[1], " ", i[2], " ", length(i))
println(i + CartesianIndex(1, 1))
# expect: 2 3 2
# expect: CartesianIndex(3, 4)

# case: Arrays — CartesianIndices iterates over every index of a matrix
for I in CartesianIndices((2, 2))
    print(Tuple(I), " ")
end
println()
# expect: (1, 1) (2, 1) (1, 2) (2, 2)

# case: Arrays — eachindex and keys of a vector, and LinearIndices
v = [5, 6, 7]
println(eachindex(v))
println(collect(eachindex(v)))
println(LinearIndices((2, 3))[2, 2])
# expect: Base.OneTo(3)
# expect: [1, 2, 3]
# expect: 4

# case: Arrays — CartesianIndices and LinearIndices of a shape: their types, one-line forms and indexing (base/multidimensional.jl show, base/indices.jl)
C = CartesianIndices((2, 3))
println(C, " ", typeof(C), " ", length(C), " ", size(C), " ", C[4], " ", eltype(C))
println(CartesianIndices((1:2, 3:4)), " ", CartesianIndex(3))
L = LinearIndices((2, 3))
println(L, " ", L[2, 3], " ", typeof(L))
display(L)
println([I[1] + 10I[2] for I in CartesianIndices((2, 3))])
# expect: CartesianIndices((2, 3)) CartesianIndices{2, Tuple{Base.OneTo{Int64}, Base.OneTo{Int64}}} 6 (2, 3) CartesianIndex(2, 2) CartesianIndex{2}
# expect: CartesianIndices((1:2, 3:4)) CartesianIndex(3,)
# expect: [1 3 5; 2 4 6] 6 LinearIndices{2, Tuple{Base.OneTo{Int64}, Base.OneTo{Int64}}}
# expect: 2×3 LinearIndices{2, Tuple{Base.OneTo{Int64}, Base.OneTo{Int64}}}:
# expect:  1  3  5
# expect:  2  4  6
# expect: [11 21 31; 12 22 32]

# case: Arrays — axes of a vector and a matrix
println(axes([1, 2, 3]))
println(axes(zeros(2, 5), 2))
println(length(axes(zeros(2, 5), 2)))
# expect: (Base.OneTo(3),)
# expect: Base.OneTo(5)
# expect: 5

# case: Iteration — iterate returns the element and the next state, then nothing
v = [10, 20]
println(iterate(v))
println(iterate(v, 2))
println(iterate(v, 3))
println(iterate("ab"))
println(iterate(1:3))
# expect: (10, 2)
# expect: (20, 3)
# expect: nothing
# expect: ('a', 2)
# expect: (1, 1)

# case: Iteration — the loop a for statement runs, written with iterate
total = 0
next = iterate([1, 2, 3])
while next !== nothing
    (x, state) = next
    global total += x
    global next = iterate([1, 2, 3], state)
end
println(total)
# expect: 6

# case: Collections — in, ∈ and ∉
println(2 in [1, 2, 3], " ", 5 ∈ 1:3, " ", 4 ∉ [1, 2])
println(("b" => 1) in Dict("b" => 1), " ", haskey(Dict("b" => 1), "b"))
# expect: true false true
# expect: true true

# case: Dictionaries — keys, values, pairs and deletion on a one-key dictionary
d = Dict(:lr => 0.1)
d[:lr] = 0.01
println(collect(keys(d)), " ", collect(values(d)))
for (k, v) in d
    println(k, " = ", v)
end
delete!(d, :lr)
println(isempty(d))
# expect: [:lr] [0.01]
# expect: lr = 0.01
# expect: true

# case: Dictionaries — a dictionary's sorted keys and merge
d = merge(Dict("b" => 2), Dict("a" => 1, "b" => 3))
println(sort(collect(keys(d))), " ", d["b"])
# expect: ["a", "b"] 3

# case: Dictionaries — push! of a pair and a missing key error
d = Dict{String, Int}()
push!(d, "x" => 1)
println(d)
try
    d["y"]
catch err
    println(err isa KeyError)
end
# expect: Dict("x" => 1)
# expect: true

# case: Dictionaries — display of a one-entry dictionary
display(Dict("Jenny" => "867-5309"))
# expect: Dict{String, String} with 1 entry:
# expect:   "Jenny" => "867-5309"

# case: Sets — Set removes duplicates; union, intersect and setdiff
s = Set([1, 2, 2, 3])
println(length(s), " ", 2 in s)
println(sort(collect(union(Set([1, 2]), Set([3])))))
println(intersect([1, 2, 3], [2, 3, 4]), " ", setdiff([1, 2, 3], [2]))
# expect: 3 true
# expect: [1, 2, 3]
# expect: [2, 3] [1, 3]

# case: Sets — union of arrays keeps each element's first appearance in the promoted type (docstring of union, base/abstractset.jl)
println(union([1, 2], [3]))
println(union([4 2 3 4 4], 1:3, 3.0))
display((0, 0.0) ∪ (-0.0, NaN))
display(union(Set([1, 2]), 2:3))
# expect: [1, 2, 3]
# expect: [4.0, 2.0, 3.0, 1.0]
# expect: 3-element Vector{Real}:
# expect:    0
# expect:   -0.0
# expect:  NaN
# expect: Set{Int64} with 3 elements:
# expect:   2
# expect:   3
# expect:   1

# case: Sets — union! adds a range to a Set in place (docstring of union!)
a = Set([3, 4, 5])
union!(a, 1:2:7)
display(a)
# expect: Set{Int64} with 5 elements:
# expect:   5
# expect:   4
# expect:   7
# expect:   3
# expect:   1

# case: Sets — intersect of vectors, unit ranges and tuples (docstring of intersect)
println(intersect([1, 2, 3], [3, 4, 5]))
println(intersect([1, 4, 4, 5, 6], [6, 4, 6, 7, 8]))
println(intersect(1:16, 7:99))
display((0, 0.0) ∩ (-0.0, 0))
# expect: [3]
# expect: [4, 6]
# expect: 7:16
# expect: 1-element Vector{Real}:
# expect:  0

# case: Sets — setdiff of vectors and setdiff! of a Set (docstrings of setdiff and setdiff!)
println(setdiff([1,2,3], [3,4,5]))
a = Set([1, 3, 4, 5])
setdiff!(a, 1:2:6)
display(a)
# expect: [1, 2]
# expect: Set{Int64} with 1 element:
# expect:   4

# case: Sets — symdiff keeps the elements in an odd number of the arguments (docstring of symdiff)
println(symdiff([1,2,3], [3,4,5], [4,5,6]))
println(symdiff([1,2,1], [2, 1, 2]))
# expect: [1, 2, 6]
# expect: Int64[]

# case: Sets — issubset, ⊆, ⊇, ⊊ and ⊈ (docstrings in base/abstractset.jl)
println(issubset([1, 2], [1, 2, 3]), " ", [1, 2, 3] ⊆ [1, 2], " ", [1, 2, 3] ⊇ [1, 2])
println((1, 2) ⊊ (1, 2, 3), " ", (1, 2) ⊊ (1, 2), " ", (1, 2) ⊈ (2, 3), " ", (1, 2) ⊈ (1, 2, 3))
# expect: true false true
# expect: true false true false

# case: Sets — issetequal and isdisjoint (docstrings in base/abstractset.jl)
println(issetequal([1, 2], [1, 2, 3]), " ", issetequal([1, 2], [2, 1]))
println(isdisjoint([1, 2], [2, 3, 4]), " ", isdisjoint([3, 1], [2, 4]))
# expect: false true
# expect: false true

# case: Sets — membership is isequal, and a string's characters make a Set{Char} (docstring of Set, base/set.jl)
s = Set([NaN, 0.0, 1.0, 2.0])
println(-0.0 in s, " ", NaN in s)
display(Set("aaBca"))
# expect: false true
# expect: Set{Char} with 3 elements:
# expect:   'a'
# expect:   'c'
# expect:   'B'

# case: Sets — show of a Set writes its elements as a vector, an empty one its type (show(io, ::Set) in base/set.jl, typeinfo_prefix in base/arrayshow.jl)
println(Set([1]), " ", Set{Int}(), " ", Set(), " ", Set(Any[1]), " ", Set([true]))
println([Set([1]), Set{Int}()])
println(typeof(Set([1.0])), " ", eltype(Set("ab")), " ", Set{Float64}([2]))
display(Set{Int}())
# expect: Set([1]) Set{Int64}() Set{Any}() Set(Any[1]) Set(Bool[1])
# expect: Set{Int64}[Set([1]), Set()]
# expect: Set{Float64} Char Set([2.0])
# expect: Set{Int64}()

# case: Sets — push!, delete!, pop! and their errors (base/set.jl)
s = Set{Int}()
push!(s, 4, 4)
println(length(s), " ", 4 in s, " ", isempty(delete!(s, 4)))
push!(s, 9)
println(pop!(s), " ", isempty(s))
try
    pop!(s)
catch e
    println(e)
end
try
    pop!(Set([1]), 2)
catch e
    println(e, " ", e.key)
end
# expect: 1 true true
# expect: 9 true
# expect: ArgumentError("set must be non-empty")
# expect: KeyError(2) 2

# case: Sets — == compares elements, === the Set itself, and <= is ⊆ (base/abstractset.jl)
a = Set([1, 2])
b = copy(a)
println(a == b, " ", a === b, " ", a === a, " ", a <= Set([1, 2, 3]), " ", a < a)
println(keys(Dict(:k => 1)) == Set([:k]), " ", Set([1]) == [1])
# expect: true false true true false
# expect: true false

# case: Collections — unique, filter and filter!
v = [3, 1, 3, 2, 1]
println(unique(v))
println(filter(isodd, v))
filter!(x -> x > 1, v)
println(v)
# expect: [3, 1, 2]
# expect: [3, 1, 3, 1]
# expect: [3, 3, 2]

# case: Collections — first and last, with counts
v = [1, 2, 3, 4]
println(first(v), " ", last(v), " ", first(v, 2), " ", last(v, 3))
# expect: 1 4 [1, 2] [2, 3, 4]

# case: Collections — map of a matrix and a vector walks both as zip does and gives a vector: HasShape{2} and HasShape{1} zip to SizeUnknown (and_iteratorsize, base/iterators.jl); the map docstring's own example stops at the shortest
println(map(+, [1 2; 3 4], [10, 20, 30, 40]))
println(map(+, [1 2; 3 4], [1, 10, 100, 1000], zeros(3, 1)))
# expect: [11, 23, 32, 44]
# expect: [2.0, 13.0, 102.0]

# case: Collections — map of two matrices of different sizes is the DimensionMismatch of promote_shape on their axes (the map docstring; message from base/indices.jl)
map(+, [1 2; 3 4], zeros(2, 1))
# expect error: DimensionMismatch: dimensions must match: a has dims (Base.OneTo(2), Base.OneTo(2)), b has dims (Base.OneTo(2), Base.OneTo(1)), mismatch at 2

# case: Collections — map of tuples alone is a tuple as long as the shortest (base/tuple.jl), of a tuple with a vector a Vector (the generic map collects), of numbers alone f's value (map(f, x::Number, ys::Number...) in base/number.jl)
println(map(+, (1, 2), (10, 20, 30)))
println(map(+, (1, 2), [10, 20]))
println(map(+, 1, 2), " ", map(x -> 2x, 5))
# expect: (11, 22)
# expect: [11, 22]
# expect: 3 10

# case: Collections — map of a Set alone is an error, but a Set beside another collection is zipped with it (map(f, ::AbstractSet) is the only set method, base/abstractarray.jl)
println(map(+, Set([5]), [1, 2]))
try
    map(x -> x, Set([5]))
catch e
    println(e)
end
# expect: [6]
# expect: ErrorException("map is not defined on sets")

# case: Collections — map over an empty range is typed by inferring f (Int64[], not Any[])
println(map(x -> 2x, 1:0))
# expect: Int64[]

# case: Collections — map! and foreach
dst = zeros(Int, 3)
map!(x -> 2x, dst, [1, 2, 3])
println(dst)
foreach(x -> print(x, ";"), [7, 8])
println()
# expect: [2, 4, 6]
# expect: 7;8;

# case: Arrays — resize!, splice! and prepend!
v = [1, 2, 3]
resize!(v, 2)
prepend!(v, [0])
removed = splice!(v, 2)
println(v, " ", removed)
# expect: [0, 2] 1

# case: Arrays — splice! with an empty range removes nothing and inserts before its first index; a StepRange has no method (the splice! docstring, base/array.jl)
A = [-1, -2, -3, 5, 4, 3, -1]
println(splice!(A, 4:3, 2), " ", A)
println(splice!(A, 9:8), " ", length(A))
try
    splice!(A, 1:1:2)
catch e
    println(typeof(e))
end
# expect: Int64[] [-1, -2, -3, 2, 5, 4, 3, -1]
# expect: Int64[] 8
# expect: MethodError

# case: Arrays — deleteat! takes sorted unique indices or a Bool mask of the vector's length (the deleteat! docstring)
println(deleteat!([6, 5, 4, 3, 2, 1], 1:2:5), " ", deleteat!([6, 5, 4, 3, 2, 1], [true, false, true, false, true, false]))
for inds in [(2, 2), [3, 1]]
    try
        deleteat!([6, 5, 4, 3, 2, 1], inds)
    catch e
        println(e)
    end
end
try
    deleteat!([1, 2, 3], [true, false])
catch e
    println(typeof(e))
end
# expect: [5, 3, 1] [5, 3, 1]
# expect: ArgumentError("indices must be unique and sorted")
# expect: ArgumentError("indices must be unique and sorted")
# expect: BoundsError

# case: Arrays — pop! of a Dict takes its first entry in iteration order, and of an empty one is Julia's ArgumentError (base/dict.jl)
d = Dict(1 => 2)
println(pop!(d), " ", isempty(d))
try
    pop!(d)
catch e
    println(e)
end
# expect: 1 => 2 true
# expect: ArgumentError("dict must be non-empty")

# case: Arrays — cumsum of a tuple is a tuple and of a generator a collected vector, accumulate(add_sum, itr), Bools summed as Int; of a matrix along dims (the cumsum docstrings, base/accumulate.jl)
println(cumsum((true, false, true, false, true)), " ", cumsum((1, 2.5)))
println(cumsum(fill(1, 2) for i in 1:3))
a = [1 2 3; 4 5 6]
println(cumsum(a, dims=1), " ", cumsum(a, dims=2))
# expect: (1, 1, 2, 2, 3) (1, 3.5)
# expect: [[1, 1], [2, 2], [3, 3]]
# expect: [1 2 3; 5 7 9] [1 3 6; 4 9 15]

# case: Arrays — popfirst! and pushfirst!
v = [1, 2, 3]
x = popfirst!(v)
pushfirst!(v, 9)
println(x, " ", v)
# expect: 1 [9, 2, 3]

# case: Arrays — zero and one of arrays, and fill!
println(zero([1.5, 2.0]), " ", fill!(zeros(2), 3))
# expect: [0.0, 0.0] [3.0, 3.0]

# case: Arrays — vcat and hcat of vectors, and vec of a matrix
println(vcat([1], [2, 3]), " ", hcat([1, 2]), " ", vec([1 2; 3 4]))
# expect: [1, 2, 3] [1; 2;;] [1, 3, 2, 4]

# case: Arrays — ndims, size with a dimension, and length of a range
println(ndims([1 2]), " ", size([1 2; 3 4], 1), " ", length(1:2:9))
# expect: 2 2 5

# case: Arrays — minimum and maximum of an empty collection are errors
try
    maximum(Int[])
catch err
    println(err isa ArgumentError || err isa MethodError)
end
# expect: true

# case: Arrays — the sum of an empty collection is zero of its type
println(sum(Int[]), " ", sum(Float64[]), " ", prod(Int[]))
# expect: 0 0.0 1

# case: Collections — map and comprehensions join mixed Int and Float64 results to Vector{Real}
println(map(x -> x > 0 ? x : 0, [1.5, -2.0]))
println([i == 1 ? 0 : 0.5 for i in 1:2])
# expect: Real[1.5, 0]
# expect: Real[0, 0.5]

# case: Collections — a Dict keeps the types it was made with and converts what is stored
d = Dict("k" => 1.5)
d["b"] = 2
println(d["b"], " ", typeof(d))
e = Dict{String, Int}()
println(e, " ", typeof(e), " ", length(e))
e["x"] = 3
println(e)
try
    e["y"] = 1.5
catch err
    println(err isa InexactError)
end
# expect: 2.0 Dict{String, Float64}
# expect: Dict{String, Int64}() Dict{String, Int64} 0
# expect: Dict("x" => 3)
# expect: true

# case: Collections — a dot call with mixed results joins them too, and arithmetic keeps each element's type
r = (x -> x > 0 ? x : 0).([1.5, -2.0])
println(r .+ 1, " ", typeof(r), " ", map(x -> x == 1 ? true : 2, [1, 2]))
# expect: Real[2.5, 1] Vector{Real} Integer[true, 2]

# case: Collections — Dict(pairs...) joins mixed entry types as collect does
println(typeof(Dict("a" => 1, "b" => 2.0)), " ", typeof(Dict(:a => 1, "b" => 2)))
# expect: Dict{String, Real} Dict{Any, Int64}

# case: Dictionaries — Dict(pairs...) lists its entries in hash order (the Dict docstring)
display(Dict("A" => 1, "B" => 2))
# expect: Dict{String, Int64} with 2 entries:
# expect:   "B" => 2
# expect:   "A" => 1

# case: Dictionaries — a key added later takes its own slot in the order (the get! docstring)
d = Dict("a" => 1, "b" => 2, "c" => 3)
get!(d, "d", 4)
display(d)
# expect: Dict{String, Int64} with 4 entries:
# expect:   "c" => 3
# expect:   "b" => 2
# expect:   "a" => 1
# expect:   "d" => 4

# case: Dictionaries — collect of keys and values follows the same order (the keys and values docstrings)
D = Dict('a' => 2, 'b' => 3)
println(collect(keys(D)), " ", collect(values(D)))
# expect: ['a', 'b'] [2, 3]

# case: Dictionaries — merge of Int64-keyed dictionaries, later values winning (the merge docstring)
d1 = Dict(1 => 2, 3 => 4)
d2 = Dict(1 => 4, 4 => 5)
display(merge(d1, d2))
# expect: Dict{Int64, Int64} with 3 entries:
# expect:   4 => 5
# expect:   3 => 4
# expect:   1 => 4

# case: Dictionaries — merge promotes the value type (the merge docstring)
a = Dict("foo" => 0.0, "bar" => 42.0)
b = Dict("baz" => 17, "bar" => 4711)
display(merge(a, b))
# expect: Dict{String, Float64} with 3 entries:
# expect:   "bar" => 4711.0
# expect:   "baz" => 17.0
# expect:   "foo" => 0.0

# case: Dictionaries — filter! keeps the order of what remains (the filter! docstring)
d = Dict(1 => "a", 2 => "b", 3 => "c")
filter!(p -> isodd(p.first), d)
display(d)
# expect: Dict{Int64, String} with 2 entries:
# expect:   3 => "c"
# expect:   1 => "a"

# case: Dictionaries — a for loop over Symbol keys visits them in hash order (the findall docstring's Dict)
for (k, v) in Dict(:A => 10, :B => -1, :C => 0)
    println(k, " ", v)
end
# expect: A 10
# expect: B -1
# expect: C 0

# case: Dictionaries — show writes the declared types when the entries do not imply them (the @locals docstring)
d = Dict{Symbol, Any}()
d[:x] = 42
d[:i] = 1
show(d)
println()
# expect: Dict{Symbol, Any}(:i => 1, :x => 42)

# case: Dictionaries — filter on a dictionary makes a dictionary (the filter docstring)
d = Dict(1 => "a", 2 => "b")
display(filter(p -> isodd(p.first), d))
# expect: Dict{Int64, String} with 1 entry:
# expect:   1 => "a"

# case: Collections — a named tuple's keys are its names and its values a plain tuple (base/namedtuple.jl: `keys(nt) = names`, `values(nt) = Tuple(nt)`)
nt = (a = 1, b = "x")
println(keys(nt), " ", values(nt), " ", values((1, 2)), " ", collect(keys(nt)))
# expect: (:a, :b) (1, "x") (1, 2) [:a, :b]

# case: Collections — an empty typed vector of strings, characters or symbols shows its element type (base/arrayshow.jl show_vector's typeinfo prefix)
s = String[]
println(s, " ", typeof(s), " ", Char[], " ", Symbol[], " ", eltype(s))
push!(s, "a")
println(s, " ", typeof(s))
# expect: String[] Vector{String} Char[] Symbol[] String
# expect: ["a"] Vector{String}

# case: Dictionaries — keys compare with isequal: 1, 1.0 and true are one key (Base docstrings of Dict and isequal; setindex! in base/dict.jl stores the new key)
d = Dict(1 => "a", true => "b")
println(d, " ", length(d), " ", d[1], " ", d[1.0])
println(Dict(1.0 => 2), " ", haskey(Dict(1.0 => 2), 1), " ", haskey(Dict(1 => 2), true))
e = Dict{Any, Int64}(1 => 10)
e[1.0] = 20
println(e, " ", typeof(first(keys(e))))
# expect: Dict{Integer, String}(true => "b") 1 b b
# expect: Dict(1.0 => 2) true true
# expect: Dict{Any, Int64}(1.0 => 20) Float64

# case: Dictionaries — isequal keeps 0.0 and -0.0 apart and finds NaN (docstring of isequal)
z = Dict(0.0 => "plus", -0.0 => "minus")
println(length(z), " ", z[0.0], " ", z[-0.0], " ", z[0])
n = Dict(NaN => 1)
println(n[NaN], " ", n[0/0], " ", haskey(n, -NaN))
println(length(Dict(0 => 1, -0.0 => 2, 0.0 => 3)))
# expect: 2 plus minus plus
# expect: 1 1 true
# expect: 2

# case: Collections — unique compares with isequal (docstring of unique)
println(unique(Any[1, true, 1.0, 0.0, -0.0, NaN, NaN]))
println(unique([0.0, -0.0, NaN, NaN]))
# expect: Any[1, 0.0, -0.0, NaN]
# expect: [0.0, -0.0, NaN]

# case: Dictionaries — a key is converted to the key type of a typed Dict (setindex! in base/dict.jl)
t = Dict{Tuple{Int64, Float64}, Symbol}((1, 2.0) => :x)
t[(1.0, 2)] = :y
f = Dict{Float64, Int64}()
f[1] = 5
println(t, " ", f)
# expect: Dict((1, 2.0) => :y) Dict(1.0 => 5)

# case: Dictionaries — keys and values are views of the dictionary, KeySet and ValueIterator (base/abstractdict.jl; the REPL view from show(::IO, ::MIME"text/plain", ::KeySet) in base/show.jl)
d = Dict(:a => 1)
k = keys(d)
d[:b] = 2
println(length(k), " ", :b in k, " ", typeof(k))
println(typeof(values(d)), " ", pairs(d) === d)
display(keys(Dict("x" => 1.5)))
display(values(Dict("x" => 1.5)))
# expect: 2 true Base.KeySet{Symbol, Dict{Symbol, Int64}}
# expect: Base.ValueIterator{Dict{Symbol, Int64}} true
# expect: KeySet for a Dict{String, Float64} with 1 entry. Keys:
# expect:   "x"
# expect: ValueIterator for a Dict{String, Float64} with 1 entry. Values:
# expect:   1.5

# case: Dictionaries — string keys compare byte by byte: a precomposed é and e with a combining accent are two keys (isequal of Strings; base/strings/string.jl)
d = Dict("\u00e9" => 1)
d["e\u0301"] = 2
println(length(d), " ", d["\u00e9"], " ", d["e\u0301"], " ", length(unique(["\u00e9", "e\u0301"])))
# expect: 2 1 2 2

# case: Base.maximum — an empty collection has no maximum (the doctests of maximum(()) and minimum([]) in base/reduce.jl)
for f in (maximum, minimum)
    try
        f(Int[])
    catch err
        println(err isa MethodError)
    end
end
try
    maximum(())
catch err
    println(err isa MethodError)
end
# expect: true
# expect: true
# expect: true

# case: Base.reduce_empty — an empty sum is zero(T) and an empty product one(T) of the element type, so [] (element type Any) has neither
println(sum(Int[]), " ", sum(Float64[]), " ", sum(Bool[]), " ", prod(Float64[]), " ", prod(Bool[]), " ", repr(prod(Char[])))
println(reduce(+, Int[]), " ", reduce(*, Int[]), " ", foldl(+, Float64[]), " ", foldr(+, Int[]), " ", reduce(+, 1:0))
for f in (() -> sum([]), () -> prod([]), () -> reduce(+, Any[]), () -> foldl(+, []), () -> sum(String[]), () -> reduce(max, Int[]))
    try
        f()
    catch err
        print(err isa MethodError, " ")
    end
end
println()
# expect: 0 0.0 0 1.0 true ""
# expect: 0 1 0.0 0 0
# expect: true true true true true true

# case: Base.mapreduce_empty — only identity, abs and abs2 have an empty value (abs(zero(T)) for max); another mapping is an error
println(sum(abs, Int[]), " ", sum(abs2, Float64[]), " ", maximum(abs, Int[]))
for f in (() -> sum(x -> 2x, Int[]), () -> mapreduce(x -> x, +, Int[]), () -> minimum(abs, Int[]), () -> extrema(Int[]))
    try
        f()
    catch err
        print(err isa MethodError, " ")
    end
end
println()
# expect: 0 0.0 0
# expect: true true true true

# case: Base.reduce_empty_iter — a generator's element type is unknown, so reducing an empty one is an ArgumentError, even over Int[]
try
    sum(x for x in Int[])
catch err
    println(err)
end
try
    maximum(i^2 for i in 1:0)
catch err
    println(err isa ArgumentError)
end
# expect: ArgumentError("reducing over an empty collection of unknown element type is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")
# expect: true

# case: Base.reduce_empty — the empty tuple's element type is Union{}, so its sum and product are ArgumentErrors
for f in (sum, prod)
    try
        f(())
    catch err
        println(err)
    end
end
# expect: ArgumentError("reducing with add_sum over an empty collection of element type Union{} is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")
# expect: ArgumentError("reducing with mul_prod over an empty collection of element type Union{} is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")

# case: Base.push! — a vector keeps its element type: push! converts what it is given to it first (base/array.jl), and what does not convert is a MethodError that leaves the vector as it was
v = [[1, 2]]
push!(v, [3.0, 4.0])
println(v, " ", typeof(v))
try
    push!(v, "a")
catch err
    println(err isa MethodError, " ", length(v))
end
w = Float64[]
push!(w, 1)
println(w)
try
    push!(v, [1.5])
catch err
    println(err isa InexactError, " ", length(v))
end
try
    push!(Bool[], 2)
catch err
    println(err isa InexactError)
end
# expect: [[1, 2], [3, 4]] Vector{Vector{Int64}}
# expect: true 2
# expect: [1.0]
# expect: true 2
# expect: true

# case: Base.setindex! — storing into a vector converts to its element type, as insert! and pushfirst! do
x = [[1.0]]
x[1] = [2]
pushfirst!(x, [5])
insert!(x, 2, [7])
println(x, " ", typeof(x))
u = ["a", "b"]
try
    u[1] = 1
catch err
    println(err isa MethodError, " ", u)
end
try
    insert!(u, 1, 2.5)
catch err
    println(err isa MethodError, " ", u)
end
# expect: [[5.0], [7.0], [2.0]] Vector{Vector{Float64}}
# expect: true ["a", "b"]
# expect: true ["a", "b"]

# case: Base.eltype — the element type of a dictionary's keys and values views and of pairs of a vector
d = Dict(1 => "a")
println(eltype(keys(d)), " ", eltype(values(d)), " ", eltype(pairs([1.5, 2.5])), " ", eltype(d))
# expect: Int64 String Pair{Int64, Float64} Pair{Int64, String}

# case: Base.trues — trues and falses make a BitArray
println(trues(3), " ", typeof(falses(2, 2)), " ", sum(trues(4)), " ", falses(0))
# expect: Bool[1, 1, 1] BitMatrix 4 Bool[]

# case: Reductions — a fold from the left without init starts from reduce_first of the first element: an Int for a Bool under +, a String for a Char under *; foldr's flipped op leaves it alone (base/reduce.jl)
println(foldl(+, [true]), " ", reduce(*, ['a']), " ", foldl(+, [true, false]), " ", foldr(+, [true]))
println(accumulate(*, ['a', 'b']))
# expect: 1 a 1 true
# expect: ["a", "ab"]

# case: Reductions — a sum starts from its first element, so the sum of negative zeros is -0.0 (mapreduce_first in base/reduce.jl)
println(sum([-0.0]), " ", sum([-0.0, -0.0]), " ", sum(Float64[]))
# expect: -0.0 -0.0 0.0

# case: Collections — Base.filter has no method for a generator (Iterators.filter is the lazy one)
try
    filter(isodd, (x for x in 1:3))
catch e
    println(e isa MethodError)
end
# expect: true

# case: Arrays — the elements of a container of Bool arrays show without Bool, which the container's type already states (typeinfo_prefix in base/arrayshow.jl)
println([[true, false]], " ", [trues(2), trues(1)], " ", Any[Bool[true]])
# expect: Vector{Bool}[[1, 0]] BitVector[[1, 1], [1]] Any[Bool[1]]

# case: Collections — replace of an array: pairs compared with isequal, the element type promoted with the new values', count capping the replacements; with a function the element type stays (the replace docstrings, base/set.jl)
println(replace([1, 2, 1, 3], 1 => 0, 2 => 4, count = 2), " ", replace(x -> isodd(x) ? 2x : x, [1, 2, 3, 4]))
println(replace([1, 2], 1 => 0.5), " ", replace([1 2; 1 4], 1 => 9), " ", replace(x -> 2x, [1, 2, 3], count = 1))
try
    replace(x -> x / 2, [2, 3])
catch e
    println(typeof(e))
end
# expect: [0, 4, 1, 3] [2, 2, 6, 4]
# expect: [0.5, 2.0] [9 2; 9 4] [2, 2, 3]
# expect: InexactError

# case: Collections — a named tuple indexed by a name is the field, by a tuple or vector of names the named tuple of those fields; merge of named tuples keeps the first's order and takes later values (base/namedtuple.jl docstrings)
x = (a = 1, b = 2)
println(x[:a], " ", x[(:b, :a)], " ", x[[:b]])
println(merge((a = 1, b = 2, c = 3), (b = 4, d = 5)), " ", merge((a = 1, b = 2), (b = 3, c = (d = 1,)), (c = (d = 2,),)))
println(merge((a = 1, b = 2, c = 3), [:b => 4, :d => 5]))
try
    x[:c]
catch e
    println(e)
end
# expect: 1 (b = 2, a = 1) (b = 2,)
# expect: (a = 1, b = 4, c = 3, d = 5) (a = 1, b = 3, c = (d = 2,))
# expect: (a = 1, b = 4, c = 3, d = 5)
# expect: ErrorException("type NamedTuple has no field c")

# case: Collections — findnext and findprev of a matrix start from a CartesianIndex and answer with one (the findnext/findprev docstrings, base/array.jl)
A = [1 4; 2 2]
println(findnext(isodd, A, CartesianIndex(1, 1)), " ", findnext(iseven, A, CartesianIndex(2, 1)), " ", findprev(isodd, A, CartesianIndex(1, 2)), " ", findnext(isodd, A, CartesianIndex(2, 1)))
# expect: CartesianIndex(1, 1) CartesianIndex(2, 1) CartesianIndex(1, 1) nothing

# case: Collections — similar of a range is a Vector of its element type (similar(r) = similar(r, eltype(r), axes(r)); the notebook fills it with zeros where Julia leaves it undefined, so only its type and size are printed)
y = similar(1.0:3.0)
println(typeof(y), " ", size(y), " ", typeof(similar(1:4)))
# expect: Vector{Float64} (3,) Vector{Int64}

# case: Collections — map! with one or two sources zips the destination's indices with theirs and stops at the shortest, leaving the rest (the map! docstring, base/abstractarray.jl)
println(map!(+, zeros(Int, 5), 100:999, 1:3))
a = zeros(3)
map!(x -> x * 2, a, [1, 2, 3])
println(a)
# expect: [101, 103, 105, 0, 0]
# expect: [2.0, 4.0, 6.0]

# case: Collections — isempty of an Iterators.Stateful takes nothing, popfirst! takes the element it holds ready (the Stateful docstring, base/iterators.jl)
a = Iterators.Stateful("abcdef")
println(isempty(a), " ", popfirst!(a), " ", collect(Iterators.take(a, 3)), " ", collect(a))
# expect: false a ['b', 'c', 'd'] ['e', 'f']

# case: Sets — an element deleted before the loop reaches it is not visited: the loop walks the live table, whose deleted slots iterate skips (base/dict.jl, skip_deleted; base/set.jl, iterate)
s_live = Set([1, 2, 3, 4])
println(collect(s_live))
for x in s_live
    delete!(s_live, 3)
    println(x)
end
# expect: [4, 2, 3, 1]
# expect: 4
# expect: 2
# expect: 1

# case: Dictionaries — changing values and deleting keys while iterating keys(d): a deleted key not yet reached is skipped (base/dict.jl, skip_deleted)
d_live = Dict(1 => 2, 3 => 4, 5 => 6)
println(collect(keys(d_live)))
for k in keys(d_live)
    d_live[k] += 1
    k == 5 && delete!(d_live, 1)
    println(k)
end
println(d_live)
# expect: [5, 3, 1]
# expect: 5
# expect: 3
# expect: Dict(5 => 7, 3 => 5)
