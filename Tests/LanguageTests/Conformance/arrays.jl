# Manual chapter: Single- and multi-dimensional Arrays (doc/src/manual/arrays.md)

# case: Construction and Initialization — zeros with an element type and a tuple of dimensions
display(zeros(Int8, 2, 3))
display(zeros((2, 2)))
# expect: 2×3 Matrix{Int8}:
# expect:  0  0  0
# expect:  0  0  0
# expect: 2×2 Matrix{Float64}:
# expect:  0.0  0.0
# expect:  0.0  0.0

# case: Construction and Initialization — ones, fill and trues
println(ones(3))
println(fill(7, 2))
println(fill("a", 2))
display(trues(2))
# expect: [1.0, 1.0, 1.0]
# expect: [7, 7]
# expect: ["a", "a"]
# expect: 2-element BitVector:
# expect:  1
# expect:  1

# case: Construction and Initialization — an uninitialised vector has the asked size and type
v = Vector{Float64}(undef, 4)
println(length(v), " ", eltype(v))
m = Array{Int}(undef, 2, 3)
println(size(m), " ", typeof(m))
# expect: 4 Float64
# expect: (2, 3) Matrix{Int64}

# case: Construction and Initialization — Array{T}(undef, dims) takes the sizes as one tuple too, and Vector{T}() is empty (base/boot.jl, base/baseext.jl)
A = Array{Float64}(undef, (2, 3, 4))
println(size(A), " ", typeof(A))
B = Matrix{Bool}(undef, 1, 2)
println(typeof(B), " ", length(B), " ", typeof(Array{Int, 3}(undef, 1, 1, 1)))
println(Vector{Int}(), " ", Vector{String}(), " ", Vector(), " ", typeof(Vector{Float64}()))
println(typeof(undef), " ", typeof(Array{Float64}), " ", typeof(Vector{Float64}))
# expect: (2, 3, 4) Array{Float64, 3}
# expect: Matrix{Bool} 2 Array{Int64, 3}
# expect: Int64[] String[] Any[] Vector{Float64}
# expect: UndefInitializer UnionAll DataType

# case: Construction and Initialization — the number of sizes must be the type's number of dimensions (a MethodError)
Vector{Float64}(undef, 2, 2)
# expect error: MethodError: no method matching Vector{Float64}(::UndefInitializer, ::Int64, ::Int64)

# case: Construction and Initialization — a negative size is an ArgumentError (src/array.c, jl_array_validate_dims)
Matrix{Float64}(undef, 2, -1)
# expect error: ArgumentError: invalid Array dimensions

# case: Construction and Initialization — an array type called on an array converts its elements (base/array.jl)
println(Vector{Float64}([1, 2]), " ", Array{Int}([1.0 2.0; 3.0 4.0]), " ", Vector{Any}([1, 2]))
println(Array([1 2; 3 4]), " ", typeof(Array(1:3)), " ", Vector{Bool}([1, 0]), " ", Array{Float64}(1:2))
# expect: [1.0, 2.0] [1 2; 3 4] Any[1, 2]
# expect: [1 2; 3 4] Vector{Int64} Bool[1, 0] [1.0, 2.0]

# case: Construction and Initialization — converting an element that is not an integer to Int is an InexactError
Vector{Int}([1.0, 2.5])
# expect error: InexactError: Int64(2.5)

# case: Construction and Initialization — a vector is not a matrix: the ranks must agree
Matrix{Float64}([1, 2])
# expect error: MethodError: no method matching Matrix{Float64}(::Vector{Int64})

# case: Construction and Initialization — range with a length, collected
r = range(0, 1, length = 5)
println(r)
println(collect(r))
# expect: 0.0:0.25:1.0
# expect: [0.0, 0.25, 0.5, 0.75, 1.0]

# case: Construction and Initialization — copy makes a new array, similar keeps the shape
a = [1, 2, 3]
b = copy(a)
b[1] = 100
println(a, " ", b)
s = similar(a)
println(size(s), " ", eltype(s))
# expect: [1, 2, 3] [100, 2, 3]
# expect: (3,) Int64

# case: Array literals — element types come from promotion
display([1, 2.3, 4])
println(promote(1, 2.5))
# expect: 3-element Vector{Float64}:
# expect:  1.0
# expect:  2.3
# expect:  4.0
# expect: (1.0, 2.5)

# case: Array literals — a typed literal converts its elements
display(Float32[1, 2.5])
# expect: 2-element Vector{Float32}:
# expect:  1.0
# expect:  2.5

# case: Array literals — the empty literal is Any[]
println([])
println(typeof([]))
# expect: Any[]
# expect: Vector{Any}

# case: Array literals — values of no common type make a Vector{Any}
display([1, "two", 3.0])
# expect: 3-element Vector{Any}:
# expect:  1
# expect:   "two"
# expect:  3.0

# case: Array literals — a vector of vectors
numbers = [[1, 2, 3], [4, 5]]
display(numbers)
# expect: 2-element Vector{Vector{Int64}}:
# expect:  [1, 2, 3]
# expect:  [4, 5]

# case: Concatenation — commas keep ranges as elements
display([1:2, 4:5])
# expect: 2-element Vector{UnitRange{Int64}}:
# expect:  1:2
# expect:  4:5

# case: Concatenation — semicolons splice ranges into one vector
println([1:2; 4:5])
println([1:3;])
# expect: [1, 2, 4, 5]
# expect: [1, 2, 3]

# case: Concatenation — newlines concatenate vertically like semicolons
v = [1:2
     4:5
     6]
display(v)
# expect: 5-element Vector{Int64}:
# expect:  1
# expect:  2
# expect:  4
# expect:  5
# expect:  6

# case: Concatenation — single numbers on separate lines make a Vector
v = [10
     20
     30]
println(typeof(v), " ", v)
# expect: Vector{Int64} [10, 20, 30]

# case: Concatenation — spaces concatenate ranges and vectors horizontally
display([1:2  4:5  7:8])
println([[1, 2]  [4, 5]] == [1 4; 2 5])
# expect: 2×3 Matrix{Int64}:
# expect:  1  4  7
# expect:  2  5  8
# expect: true

# case: Concatenation — a row of numbers, and ;; between elements
display([1 2 3])
display([1;; 2;; 3])
# expect: 1×3 Matrix{Int64}:
# expect:  1  2  3
# expect: 1×3 Matrix{Int64}:
# expect:  1  2  3

# case: Concatenation — rows on separate lines
display([1 2
         3 4])
# expect: 2×2 Matrix{Int64}:
# expect:  1  2
# expect:  3  4

# case: Concatenation — blocks of matrices and numbers
display([zeros(Int, 2, 2) [1; 2]
         [3 4]            5])
# expect: 3×3 Matrix{Int64}:
# expect:  0  0  1
# expect:  0  0  2
# expect:  3  4  5

# case: Concatenation — rows mixing a matrix and numbers
display([[1 1]; 2 3; [4 4]])
# expect: 3×2 Matrix{Int64}:
# expect:  1  1
# expect:  2  3
# expect:  4  4

# case: Concatenation — ;; concatenates after the ; pieces
display([1:2; 4;; 1; 3:4])
# expect: 3×2 Matrix{Int64}:
# expect:  1  1
# expect:  2  3
# expect:  4  4

# case: Concatenation — ;;; builds a three-dimensional array
display([1 3; 2 4;;; 5 7; 6 8])
# expect: 2×2×2 Array{Int64, 3}:
# expect: [:, :, 1] =
# expect:  1  3
# expect:  2  4
# expect:
# expect: [:, :, 2] =
# expect:  5  7
# expect:  6  8

# case: Concatenation — a trailing ;; makes a 1×1 matrix
display([7;;])
# expect: 1×1 Matrix{Int64}:
# expect:  7

# case: Concatenation — vcat, hcat and hvcat
println(vcat([1, 2], [3]))
println(hcat([1, 2], [3, 4]))
println(hvcat((2, 2), 1, 2, 3, 4))
println(cat([1, 2], [3, 4], dims = 1))
# expect: [1, 2, 3]
# expect: [1 3; 2 4]
# expect: [1 2; 3 4]
# expect: [1, 2, 3, 4]

# case: Typed array literals — Int8 applied to a concatenation
display(Int8[[1 2] [3 4]])
# expect: 1×4 Matrix{Int8}:
# expect:  1  2  3  4

# case: Comprehensions — one and two dimensions
println([i^2 for i in 1:4])
display([10i + j for i in 1:2, j in 1:3])
# expect: [1, 4, 9, 16]
# expect: 2×3 Matrix{Int64}:
# expect:  11  12  13
# expect:  21  22  23

# case: Comprehensions — a typed comprehension
println(Float64[i for i in 1:3])
# expect: [1.0, 2.0, 3.0]

# case: Comprehensions — a typed comprehension converts each value as it stores it
display(Int[x / 2 for x in 2:2:6])
display(Any[x for x in 1:2])
# expect: 3-element Vector{Int64}:
# expect:  1
# expect:  2
# expect:  3
# expect: 2-element Vector{Any}:
# expect:  1
# expect:  2

# case: Comprehensions — a typed comprehension over two ranges is a matrix of that type
display(Float64[i * j for i in 1:2, j in 1:3])
# expect: 2×3 Matrix{Float64}:
# expect:  1.0  2.0  3.0
# expect:  2.0  4.0  6.0

# case: Comprehensions — a typed comprehension with a filter, and an empty one
println(String[string(c) for c in "abc" if c != 'b'])
println(Float64[x for x in 1:0])
# expect: ["a", "c"]
# expect: Float64[]

# case: Comprehensions — a value that does not convert is an InexactError, after the values before it
Int[(println(x); x / 2) for x in 2:3]
# expect: 2
# expect: 3
# expect error: InexactError: Int64(1.5)

# case: Comprehensions — a value of another kind is a MethodError of convert
try
    Float64[string(x) for x in 1:2]
catch err
    println(err isa MethodError)
end
# expect: true

# case: Array literals — Int[...] and Bool[...] convert floats and integers exactly
println(Int[2.0, 3])
display(Bool[1, 0])
# expect: [2, 3]
# expect: 2-element Vector{Bool}:
# expect:  1
# expect:  0

# case: Generator Expressions — summing a series without an array
println(sum(1/n^2 for n = 1:1000))
# expect: 1.6439345666815615

# case: Generator Expressions — later for clauses may depend on earlier ones
display([(i, j) for i = 1:3 for j = 1:i])
# expect: 6-element Vector{Tuple{Int64, Int64}}:
# expect:  (1, 1)
# expect:  (2, 1)
# expect:  (2, 2)
# expect:  (3, 1)
# expect:  (3, 2)
# expect:  (3, 3)

# case: Generator Expressions — filtering with if
println([(i, j) for i = 1:3 for j = 1:i if i + j == 4])
# expect: [(2, 2), (3, 1)]

# case: Generator Expressions — a two-dimensional generator collected by map keeps its shape
m = map(x -> 2x, (i + j for i in 1:2, j in 1:2))
println(size(m))
println(m)
# expect: (2, 2)
# expect: [4 6; 6 8]

# case: Generator Expressions — map over a two-dimensional generator and a matrix of the same size keeps the 2×3 shape (map(f, iters...) is collect(Generator(f, iters...)), whose zip has HasShape{2} when every part does: base/abstractarray.jl, base/iterators.jl)
m = map(+, (i + j for i in 1:2, j in 1:3), [10 20 30; 40 50 60])
println(size(m))
println(m)
# expect: (2, 3)
# expect: [12 23 34; 43 54 65]

# case: Generator Expressions — map over a zip of two matrices is a matrix (IteratorSize of a Zip is its parts' common HasShape{2})
println(map(t -> t[1] * t[2], zip([1 2; 3 4], [5 6; 7 8])))
# expect: [5 12; 21 32]

# case: Generator Expressions — a generator is lazy: its body runs only as it is iterated
g = (println("made ", x) for x in 1:3)
println("before")
first(g)
println(length(g), " ", collect(g) == [nothing, nothing, nothing])
# expect: before
# expect: made 1
# expect: made 1
# expect: made 2
# expect: made 3
# expect: 3 true

# case: Generator Expressions — a generator returned from a function still reads that function's variables
function shifted(v)
    offset = 10
    g = (x + offset for x in v)
    return g
end
g = shifted([1, 2])
println(collect(g), " ", sum(g))
# expect: [11, 12] 23

# case: Generator Expressions — reductions with a function map a generator element by element
println(sum(abs2, (x for x in 1:3)), " ", prod(x -> x + 1, (x for x in 1:3)), " ", maximum(abs, (x for x in [-3, 2])))
# expect: 14 24 3

# case: Generator Expressions — any and all stop at the first answer, also inside a generator
println(any((println(x); x > 1) for x in 1:5))
println(all((println(x); x < 2) for x in 1:5))
# expect: 1
# expect: 2
# expect: true
# expect: 1
# expect: 2
# expect: false

# case: Generator Expressions — collect of a two-clause generator is a matrix, and a nested one flat
println(collect(x * y for x in 1:2, y in 1:3))
println(collect((x, y) for x in 1:2 for y in 1:x))
println(collect(x for x in 1:10 if iseven(x)))
# expect: [1 2 3; 2 4 6]
# expect: [(1, 1), (2, 1), (2, 2)]
# expect: [2, 4, 6, 8, 10]

# case: Indexing — scalar indices into a four-dimensional array
A = reshape(collect(1:16), (2, 2, 2, 2))
println(A[1, 2, 1, 1], " ", A[2, 1, 2, 2])
# expect: 3 14

# case: Indexing — vector indices keep a dimension each, a scalar drops it
A = reshape(collect(1:16), (2, 2, 2, 2))
println(size(A[[1, 2], [1], [1, 2], [1]]))
println(size(A[[1, 2], [1], [1, 2], 1]))
# expect: (2, 1, 2, 1)
# expect: (2, 1, 2)

# case: Indexing — a matrix of linear indices makes a matrix
A = reshape(collect(1:16), (2, 2, 2, 2))
display(A[[1 2; 1 2]])
display(A[[1 2; 1 2], 1, 2, 1])
# expect: 2×2 Matrix{Int64}:
# expect:  1  2
# expect:  1  2
# expect: 2×2 Matrix{Int64}:
# expect:  5  6
# expect:  5  6

# case: Indexing — ranges, end arithmetic and a matrix index in one dimension
x = reshape(1:16, 4, 4)
display(x[2:3, 2:end-1])
display(x[1, [2 3; 4 1]])
# expect: 2×2 Matrix{Int64}:
# expect:  6  10
# expect:  7  11
# expect: 2×2 Matrix{Int64}:
# expect:   5  9
# expect:  13  1

# case: Indexing — a row or column slice is a Vector
A = [1 2 3; 4 5 6]
println(A[2, :])
println(A[:, 2])
println(A[:, [1, 3]])
# expect: [4, 5, 6]
# expect: [2, 5]
# expect: [1 3; 4 6]

# case: Indexing — linear indexing is column-major
A = [1 2 3; 4 5 6]
println(A[2], " ", A[end], " ", A[end, 1])
println(vec(A))
# expect: 4 6 4
# expect: [1, 4, 2, 5, 3, 6]

# case: Indexing — an index past the end is a BoundsError
A = [1 2; 3 4]
try
    A[3, 1]
catch err
    println(err isa BoundsError)
end
# expect: true

# case: Indexed Assignment — elements, slices and dotted assignment
A = zeros(Int, 2, 3)
A[1, 2] = 5
A[2, :] = [7, 8, 9]
A[:, 3] .= -1
display(A)
# expect: 2×3 Matrix{Int64}:
# expect:  0  5  -1
# expect:  7  8  -1

# case: Indexed Assignment — assigning a float into an Int array converts or fails
A = [1, 2, 3]
A[1] = 4.0
println(A)
try
    A[2] = 2.5
catch err
    println(err isa InexactError)
end
# expect: [4, 2, 3]
# expect: true

# case: Logical indexing — a Bool mask selects elements
x = [3, -1, 4, -1, 5]
println(x[x .> 0])
x[x .< 0] .= 0
println(x)
# expect: [3, 4, 5]
# expect: [3, 0, 4, 0, 5]

# case: Logical indexing — a mask per dimension
A = reshape(1:12, 3, 4)
display(A[[true, false, true], [false, true, true, false]])
# expect: 2×2 Matrix{Int64}:
# expect:  4  7
# expect:  6  9

# case: Cartesian indices — indexing with a CartesianIndex
A = [10 20; 30 40]
ci = CartesianIndex(2, 1)
println(A[ci])
println(ci)
println(Tuple(ci))
# expect: 30
# expect: CartesianIndex(2, 1)
# expect: (2, 1)

# case: Cartesian indices — findall on a matrix gives CartesianIndex values
A = [1 5; 7 2]
display(findall(x -> x > 3, A))
# expect: 2-element Vector{CartesianIndex{2}}:
# expect:  CartesianIndex(2, 1)
# expect:  CartesianIndex(1, 2)

# case: Iteration — for over a matrix goes in column order
A = [1 2; 3 4]
for a in A
    print(a, " ")
end
println()
# expect: 1 3 2 4

# case: Iteration — eachindex and axes
A = [1 2 3; 4 5 6]
println(eachindex(A))
println(axes(A))
println(axes(A, 2))
for i in axes(A, 1)
    print(sum(A[i, :]), " ")
end
println()
# expect: Base.OneTo(6)
# expect: (Base.OneTo(2), Base.OneTo(3))
# expect: Base.OneTo(3)
# expect: 6 15

# case: Array and Vectorized Operators and Functions — size, ndims, length and eltype
A = ones(2, 3, 4)
println((size(A), ndims(A), length(A), eltype(A), size(A, 2)))
# expect: ((2, 3, 4), 3, 24, Float64, 3)

# case: Array and Vectorized Operators and Functions — matrix times vector and transpose
A = [1 2; 3 4]
println(A * [1, 1])
println(A')
println([1, 2]' * [3, 4])
# expect: [3, 7]
# expect: [1 3; 2 4]
# expect: 11

# case: Array and Vectorized Operators and Functions — sums along dimensions keep the dimension
A = [1 2; 3 4]
display(sum(A, dims = 1))
display(sum(A, dims = 2))
# expect: 1×2 Matrix{Int64}:
# expect:  4  6
# expect: 2×1 Matrix{Int64}:
# expect:  3
# expect:  7

# case: Array and Vectorized Operators and Functions — maximum, minimum and prod along dimensions
A = [1 5; 7 2]
println(maximum(A, dims = 1), " ", minimum(A, dims = 2), " ", prod(A))
# expect: [7 5] [1; 2;;] 70

# case: Array and Vectorized Operators and Functions — a matrix to an integer power stays integer
A = [1 1; 1 0]
display(A^5)
# expect: 2×2 Matrix{Int64}:
# expect:  8  5
# expect:  5  3

# case: Array and Vectorized Operators and Functions — + between arrays of different shapes is a DimensionMismatch
try
    [1, 2] + [1, 2, 3]
catch err
    println(err isa DimensionMismatch)
end
# expect: true

# case: Broadcasting — a column against a matrix
a = [1, 2]
A = [10 20 30; 40 50 60]
display(a .+ A)
# expect: 2×3 Matrix{Int64}:
# expect:  11  21  31
# expect:  42  52  62

# case: Broadcasting — broadcast with a tuple and with scalars
println(broadcast(+, 1.0, (0, -2.0)))
println((1, 2) .+ (10, 20))
# expect: (1.0, -1.0)
# expect: (11, 22)

# case: Broadcasting — string. over a range, a scalar and a vector
display(string.(1:3, ". ", ["First", "Second", "Third"]))
# expect: 3-element Vector{String}:
# expect:  "1. First"
# expect:  "2. Second"
# expect:  "3. Third"

# case: Broadcasting — parse. over strings and Ref to hold an argument fixed
println(parse.(Int, ["1", "20"]))
println(in.([1, 5], Ref([1, 2, 3])))
# expect: [1, 20]
# expect: Bool[1, 0]

# case: Broadcasting — Ref holds a vector whole for each call of a user function
total_with(x, v) = x + sum(v)
println(total_with.([1, 2], Ref([10, 20])))
println(∈.(1:3, Ref((2, 3))))
# expect: [31, 32]
# expect: Bool[0, 1, 1]

# case: Broadcasting — a Ref prints as a Base.RefValue and r[] reads it
r = Ref([1, 2])
println(r)
println(typeof(r))
println(r[])
# expect: Base.RefValue{Vector{Int64}}([1, 2])
# expect: Base.RefValue{Vector{Int64}}
# expect: [1, 2]

# case: Broadcasting — a user function broadcast over a matrix keeps its shape
h(x) = x^2
A = [1 2; 3 4]
display(h.(A))
# expect: 2×2 Matrix{Int64}:
# expect:  1   4
# expect:  9  16

# case: Views — a view writes through to its parent
A = [1 2; 3 4]
col = view(A, :, 1)
col[2] = 30
println(A)
row = @view A[1, :]
row .= 0
println(A)
# expect: [1 2; 30 4]
# expect: [0 0; 30 4]

# case: Array and Vectorized Operators and Functions — reshape, permutedims and reverse
A = reshape(collect(1:6), 2, 3)
println(A)
println(permutedims(A))
println(reverse([1, 2, 3]))
# expect: [1 3 5; 2 4 6]
# expect: [1 2; 3 4; 5 6]
# expect: [3, 2, 1]

# case: Array and Vectorized Operators and Functions — repeat tiles an array
println(repeat([1, 2], 2))
println(repeat([1 2], 2, 1))
# expect: [1, 2, 1, 2]
# expect: [1 2; 1 2]

# case: Array and Vectorized Operators and Functions — push!, pop!, insert!, deleteat! and append!
v = [1, 2]
push!(v, 3)
append!(v, [4, 5])
insert!(v, 1, 0)
deleteat!(v, 2)
println(v, " ", pop!(v), " ", v)
# expect: [0, 2, 3, 4] 5 [0, 2, 3, 4]

# case: Array and Vectorized Operators and Functions — push! into an Int vector converts or fails
v = [1, 2]
push!(v, 3.0)
println(v)
try
    push!(v, 1.5)
catch err
    println(err isa InexactError)
end
# expect: [1, 2, 3]
# expect: true

# case: Array and Vectorized Operators and Functions — === tells a copy from the original
a = [1, 2]
println(a === a, " ", a === copy(a), " ", a == copy(a))
# expect: true false true

# case: Multi-dimensional Arrays — display of a rank-3 array
display(reshape(1:8, 2, 2, 2) .* 1)
# expect: 2×2×2 Array{Int64, 3}:
# expect: [:, :, 1] =
# expect:  1  3
# expect:  2  4
# expect:
# expect: [:, :, 2] =
# expect:  5  7
# expect:  6  8

# case: Array literals — a matrix of floats displays with aligned columns
display([1.5 -2.25; 10 3])
# expect: 2×2 Matrix{Float64}:
# expect:   1.5  -2.25
# expect:  10.0   3.0

# case: Array literals — a matrix of Bools
display([true false; false true])
# expect: 2×2 Matrix{Bool}:
# expect:  1  0
# expect:  0  1

# case: Array literals — a vector of strings displays quoted
display(["Ted", "Robyn", "Lily"])
# expect: 3-element Vector{String}:
# expect:  "Ted"
# expect:  "Robyn"
# expect:  "Lily"

# case: Array literals — a Vector{Any} of numbers and strings aligns them
display([1, 1, 2, "Ted", "Robyn"])
# expect: 5-element Vector{Any}:
# expect:  1
# expect:  1
# expect:  2
# expect:   "Ted"
# expect:   "Robyn"

# case: Array literals — in a Vector{Any} a Bool aligns as an integer, a pair at its arrow and a rational at its // (base/show.jl's alignment methods)
display(Any[10, 2.5, false])
display(Any[7, 3 => 4, (5 => 6) => 8])
display(Any[1//4, 100, 12//5])
# expect: 3-element Vector{Any}:
# expect:     10
# expect:      2.5
# expect:  false
# expect: 3-element Vector{Any}:
# expect:           7
# expect:         3 => 4
# expect:  (5 => 6) => 8
# expect: 3-element Vector{Any}:
# expect:   1//4
# expect:  100
# expect:  12//5

# case: Construction and Initialization — fill keeps a Bool's type and a float's (fill(x, dims) has x's type as its element type)
println(fill(true, 3), " ", typeof(fill(false, 2, 2)), " ", fill(0.5, 2), " ", typeof(fill(3, 2)))
# expect: Bool[1, 1, 1] Matrix{Bool} [0.5, 0.5] Vector{Int64}

# case: Indexing — findfirst and findlast of a matrix answer with a CartesianIndex, as its keys are (the docstrings' findfirst(iseven, A) on a matrix)
M = [1 4; 2 3]
println(findfirst(iseven, M), " ", findlast(isodd, M), " ", findfirst([false false; true true]))
println(findfirst(x -> x > 9, M))
# expect: CartesianIndex(2, 1) CartesianIndex(2, 2) CartesianIndex(2, 1)
# expect: nothing

# case: Indexing — axes and eachindex are AbstractUnitRanges equal to the UnitRange of the same indices (AbstractRange ==, base/range.jl)
B = zeros(2, 3)
println(axes(B, 1) == 1:2, " ", 1:3 == axes(B, 2), " ", axes(B, 3) == 1:1, " ", eachindex([5, 6]) == [1, 2], " ", axes(B, 1) != 1:3)
# expect: true true true true true

# case: Array and Vectorized Operators and Functions — sort and sort! with keywords
v = [3, 1, 2]
println(sort(v), " ", v)
sort!(v, rev = true)
println(v)
println(sort(["pear", "fig", "apple"], by = length))
# expect: [1, 2, 3] [3, 1, 2]
# expect: [3, 2, 1]
# expect: ["fig", "pear", "apple"]

# case: Array and Vectorized Operators and Functions — the identity matrix from LinearAlgebra
using LinearAlgebra
display(Matrix{Int}(I, 2, 2))
println([1 2; 3 4] + I)
# expect: 2×2 Matrix{Int64}:
# expect:  1  0
# expect:  0  1
# expect: [2 2; 3 5]

# case: Array and Vectorized Operators and Functions — Matrix(I, m, n) is Bool, Matrix{T}(I, dims) any size (stdlib/LinearAlgebra/src/uniformscaling.jl)
using LinearAlgebra
display(Matrix(I, 2, 3))
println(Matrix{Float64}(I, (3, 2)), " ", Array{Int}(I, 1, 1))
# expect: 2×3 Matrix{Bool}:
# expect:  1  0  0
# expect:  0  1  0
# expect: [1.0 0.0; 0.0 1.0; 0.0 0.0] [1;;]

# case: Array and Vectorized Operators and Functions — the adjoint of a vector is a row that wraps it
v = [1, 2, 3]
display(v')
println(typeof(v'), " ", v' * [1, 1, 1], " ", (v')')
println(v' * [1 0; 0 1; 1 1], " ", typeof(transpose(v)))
# expect: 1×3 adjoint(::Vector{Int64}) with eltype Int64:
# expect:  1  2  3
# expect: Adjoint{Int64, Vector{Int64}} 6 [1, 2, 3]
# expect: [4 5] Transpose{Int64, Vector{Int64}}

# case: Array and Vectorized Operators and Functions — a broadcast with Bool results is a BitArray
b = [1, 2, 3] .> 1
println(b, " ", typeof(b), " ", b isa AbstractVector{Bool}, " ", b isa Vector{Bool})
println(typeof(isodd.([1 2; 3 4])), " ", typeof(b[1:2]), " ", typeof([true, false]))
# expect: Bool[0, 1, 1] BitVector true false
# expect: BitMatrix BitVector Vector{Bool}

# case: Array and Vectorized Operators and Functions — + and - allow shapes that differ by trailing 1s (promote_shape)
v = [1, 2, 3, 4]
m = reshape([10, 20, 30, 40], 4, 1)
println(v + m, " ", size(m - v))
# expect: [11; 22; 33; 44;;] (4, 1)

# case: Array and Vectorized Operators and Functions — the adjoint of a matrix or range is a wrapper of it too
A = [1 2; 3 4]
display(A')
println(typeof(A'), " ", typeof((A')'), " ", (1:3)' * [1, 2, 3], " ", typeof((1:3)'))
# expect: 2×2 adjoint(::Matrix{Int64}) with eltype Int64:
# expect:  1  3
# expect:  2  4
# expect: Adjoint{Int64, Matrix{Int64}} Matrix{Int64} 14 Adjoint{Int64, UnitRange{Int64}}

# case: Indexing — reshape of a range is a ReshapedArray that indexes like a matrix (the manual's doctest)
x = reshape(1:16, 4, 4)
display(x)
display(x[[false, true, true, false], :])
println(typeof(x), " ", vec(x) === 1:16, " ", typeof(x .* 1))
# expect: 4×4 reshape(::UnitRange{Int64}, 4, 4) with eltype Int64:
# expect:  1  5   9  13
# expect:  2  6  10  14
# expect:  3  7  11  15
# expect:  4  8  12  16
# expect: 2×4 Matrix{Int64}:
# expect:  2  6  10  14
# expect:  3  7  11  15
# expect: Base.ReshapedArray{Int64, 2, UnitRange{Int64}, Tuple{}} true Matrix{Int64}

# case: Omitted and extra indices — trailing indices may be omitted only when those dimensions have length one
A = reshape(1:24, 3, 4, 2, 1)
println(A[1, 3, 2], " ", A[19])
A[1, 3]
# expect: 19 19
# expect error: BoundsError: attempt to access 3×4×2×1 reshape(::UnitRange{Int64}, 3, 4, 2, 1) with eltype Int64 at index [1, 3]

# case: Number of indices — linear indexing is indexing into vec(A), which shares A's data
A = [2 6; 4 7; 3 1]
println(A[5], " ", vec(A)[5])
v = vec(A)
v[5] = 70
println(A[2, 2], " ", typeof(v))
# expect: 7 7
# expect: 70 Vector{Int64}

# case: Basic Functions — reshape(A, dims...) is an array containing the same data as A
A = [1 2; 3 4]
B = reshape(A, 1, 4)
B[1, 2] = 30
A[2, 2] = 40
println(A, " ", B, " ", typeof(B))
# expect: [1 2; 30 40] [1 30 2 40] Matrix{Int64}

# case: Basic Functions — an array that reshape shares cannot be resized
x = [1, 2, 3, 4]
X = reshape(x, 2, 2)
push!(x, 5)
# expect error: cannot resize array with shared data

# case: Array and Vectorized Operators and Functions — A' and transpose(A) share A's memory both ways
A = [1 2; 3 4]
B = A'
A[1, 2] = 9
println(B)
B[1, 1] = 0
println(A, " ", transpose(A)[2, 1], " ", (A')' === A)
# expect: [1 3; 9 4]
# expect: [0 9; 3 4] 9 true

# case: Array and Vectorized Operators and Functions — copy of an Adjoint is a Matrix, of a row the row of a new vector
A = [1 2; 3 4]
C = copy(A')
C[1, 1] = 0
v = [1, 2]
c = copy(v')
c[1] = 0
println(typeof(C), " ", A, " ", typeof(c), " ", v)
# expect: Matrix{Int64} [1 2; 3 4] Adjoint{Int64, Vector{Int64}} [1, 2]

# case: Ranges — reverse, negation and shifting by an integer keep a range (`reverse(r::OrdinalRange) = last(r):-step(r):first(r)` in base/range.jl; the scalar-range broadcasts in base/broadcast.jl)
r = 1:5
println(reverse(r), " ", reverse(10:-3:1), " ", -r, " ", r .+ 1, " ", 10 .- r, " ", typeof(r .+ 1), " ", typeof(reverse(r)))
println(2 .* r, " ", r .+ 0.5, " ", 2 .* r .+ 1, " ", -(0:0.25:1))
# expect: 5:-1:1 1:3:10 -1:-1:-5 2:6 9:-1:5 UnitRange{Int64} StepRange{Int64, Int64}
# expect: 2:2:10 1.5:1.0:5.5 3:2:11 0.0:-0.25:-1.0

# case: Array literals — an empty matrix prints as its type with undef and its size (base/arrayshow.jl `_show_empty`)
println(zeros(2, 0), " ", zeros(Int, 0, 0), " ", zeros(0, 3, 2))
# expect: Matrix{Float64}(undef, 2, 0) Matrix{Int64}(undef, 0, 0) Array{Float64, 3}(undef, 0, 3, 2)

# case: Comprehensions — an empty comprehension has the element type Julia infers for its body (`collect(::Generator)` makes `_array_for(@default_eltype(itr), ...)`, base/array.jl)
n = 0
println([x for x in 1:n], " ", [x^2 for x in Int[]], " ", [x / 2 for x in 1:5 if x > 10], " ", [x > 1 for x in 1:0], " ", [x for x in 0.0:0.1:-1])
println(eltype([x for x in 1:0]), " ", [s * "!" for s in String[]], " ", [c for c in ""], " ", [i + j for i in 1:0, j in 1:3])
# expect: Int64[] Int64[] Float64[] Bool[] Float64[]
# expect: Int64 String[] Char[] Matrix{Int64}(undef, 0, 3)

# case: Array and Vectorized Operators and Functions — exp of a square matrix is the matrix exponential, exp. of it each element's (docstring of exp(::AbstractMatrix), stdlib/LinearAlgebra/src/dense.jl)
A = [1.0 0.0; 0.0 1.0]
display(exp(A))
# expect: 2×2 Matrix{Float64}:
# expect:  2.71828  0.0
# expect:  0.0      2.71828

# case: Array and Vectorized Operators and Functions — a dot call applies the function to each element of a square matrix
A = [0.0 0.0; 0.0 0.0]
println(exp.(A), " ", tanh.(A), " ", 2 .^ A)
# expect: [1.0 1.0; 1.0 1.0] [0.0 0.0; 0.0 0.0] [1.0 1.0; 1.0 1.0]

# case: Ranges — a float range sums as its exact sum rounded once (`sum(r::StepRangeLen)`, base/twiceprecision.jl) and averages as (first + last) / 2 (Statistics' `mean(r::AbstractRange{<:Real})`); the collected vector adds left to right
r = 0.1:0.1:0.3
println(sum(r), " ", sum(collect(r)), " ", mean(r), " ", mean(collect(r)), " ", sum(0:0.1:1), " ", sum(1:0.5:3), " ", mean(1:4))
# expect: 0.6 0.6000000000000001 0.2 0.20000000000000004 5.5 10.0 2.5

# case: Comprehensions — an empty comprehension's element type is what Julia infers for its body: sin of an Int is a Float64, a one-line function's result type follows from its body, and a body over Any elements is Any
f(i) = i + 1
g(x) = sqrt(x) * 2
println([sin(i) for i in Int[]], " ", [f(i) for i in Int[]], " ", [g(i) for i in 1:0], " ", collect(f(i) for i in Int[]))
println([abs(x) for x in Bool[]], " ", [string(i) for i in 1:0], " ", [length(s) for s in String[]], " ", [x + 1 for x in Any[]])
# expect: Float64[] Int64[] Float64[] Int64[]
# expect: Bool[] String[] Int64[] Any[]

# case: Comprehensions — map over empty arrays is typed as collect of its Generator is, by inferring f on the element types (map(f, A) is collect_similar(A, Generator(f, A)), base/abstractarray.jl), so a float-valued f of Int[] gives Float64[]
half(x) = x / 2
println(map(x -> 2.5x, Int[]), " ", map(x -> 2x, Int[]), " ", map(sin, Int[]), " ", map(string, Int[]), " ", map(half, Int[]))
println(map(*, Int[], Int[]), " ", map(x -> x > 1, Float64[]), " ", mapreduce(*, +, Int[], Int[]), " ", mapreduce(*, +, Float64[], Int[]))
# expect: Float64[] Int64[] Float64[] String[] Float64[]
# expect: Int64[] Bool[] 0 0.0

# case: Construction and Initialization — zeros, ones and fill make Float32 arrays of a Float32 type or value; show writes Float32[...] with untyped elements (base/ryu/Ryu.jl: typed only where the :typeinfo is not Float32)
println(zeros(Float32, 2), " ", ones(Float32, 1, 2), " ", fill(0.5f0, 2))
println(typeof(zeros(Float32, 2, 2)), " ", eltype(Float32[1, 2]))
# expect: Float32[0.0, 0.0] Float32[1.0 1.0] Float32[0.5, 0.5]
# expect: Matrix{Float32} Float32

# case: Array literals — Float32 with Int64 or Bool elements promotes to Float32, with a Float64 to Float64 (base/float.jl promote_rule)
println([1f0, 2], " ", [1f0, 2.0], " ", typeof([1f0, true]))
# expect: Float32[1.0, 2.0] [1.0, 2.0] Vector{Float32}

# case: Broadcasting — each element of a Float32 broadcast is computed and rounded in Float32
v = Float32[0.1, 0.2, 0.3]
println(v .+ 0.2f0, " ", v .* 3, " ", v ./ 3)
# expect: Float32[0.3, 0.4, 0.5] Float32[0.3, 0.6, 0.90000004] Float32[0.033333335, 0.06666667, 0.1]

# case: Array literals — the REPL shows a Float32 vector under its type, aligned at the decimal point, with f for an exponent
display(Float32[1.5, -2, 1f-5])
# expect: 3-element Vector{Float32}:
# expect:   1.5
# expect:  -2.0
# expect:   1.0f-5

# case: Indexing — assigning into a Float32 array converts the value to Float32, rounding it (convert(Float32, x))
v = zeros(Float32, 2)
v[1] = 0.1
v[2] = 16777217
println(v, " ", Float64(v[1]))
# expect: Float32[0.1, 1.6777216f7] 0.10000000149011612

# case: Comprehensions — a Float32[...] comprehension converts each value to Float32 as it is stored
println(Float32[x / 3 for x in 1:2], " ", Float32[x for x in 1:3])
# expect: Float32[0.33333334, 0.6666667] Float32[1.0, 2.0, 3.0]
