# Manual chapter: Types (doc/src/manual/types.md)

# case: Type Declarations — :: asserts a type and passes the value through
println((1 + 2)::Int)
try
    (1 + 2)::AbstractFloat
catch err
    println(err isa TypeError)
end
# expect: 3
# expect: true

# case: Type Declarations — a typed local converts what is assigned to it
function typed_local()
    x::Float64 = 10
    return x
end
println(typed_local())
# expect: 10.0

# case: Type Declarations — typeof of the common values
println(typeof(1), " ", typeof(1.0), " ", typeof(true), " ", typeof('a'), " ", typeof("a"))
println(typeof(:s), " ", typeof(nothing), " ", typeof(1:3), " ", typeof(0.0:0.5:1.0))
# expect: Int64 Float64 Bool Char String
# expect: Symbol Nothing UnitRange{Int64} StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}

# case: Type Declarations — typeof of arrays, tuples and dictionaries
println(typeof([1, 2]), " ", typeof([1.0 2.0]), " ", typeof(zeros(2, 2, 2)))
println(typeof((1, "a", 2.5)), " ", typeof(Dict("a" => 1)))
# expect: Vector{Int64} Matrix{Float64} Array{Float64, 3}
# expect: Tuple{Int64, String, Float64} Dict{String, Int64}

# case: Type Declarations — typeof returns a type value that compares and shows as a type
t = typeof([1, 2])
println(t == Vector{Int64})
println(t)
show(t)
println()
# expect: true
# expect: Vector{Int64}
# expect: Vector{Int64}

# case: Type Declarations — the type of a type
println(typeof(Int), " ", typeof(Float64))
# expect: DataType DataType

# case: Abstract Types — isa and <: over the number tower
println((1 isa Int, 1 isa Number, 1.0 isa Integer, 1.0 isa AbstractFloat))
println((Int <: Number, Float64 <: AbstractFloat, Int64 <: Signed, String <: Number))
# expect: (true, true, false, true)
# expect: (true, true, true, false)

# case: Abstract Types — isa in call form and with Any
println(isa(2.5, Real), " ", isa("s", Any), " ", isa([1], AbstractArray))
# expect: true true true

# case: Abstract Types — supertype walks up the tree
println(supertype(Float64), " ", supertype(AbstractFloat), " ", supertype(Real))
# expect: AbstractFloat Real Number

# case: Composite Types — a struct with a default constructor and field access
struct Wheel
    label
    radius::Int
    weight::Float64
end
w = Wheel("front", 30, 1.5)
println(w.label, " ", w.radius, " ", w.weight)
println(typeof(w))
# expect: front 30 1.5
# expect: Wheel

# case: Composite Types — printing a struct value
struct Spot
    x
    y
end
println(Spot(1, "two"))
show(Spot(1.5, :s))
println()
# expect: Spot(1, "two")
# expect: Spot(1.5, :s)

# case: Composite Types — the default constructor converts to the field types
struct Typed
    n::Int
    x::Float64
end
t = Typed(3.0, 2)
println(t.n, " ", t.x)
try
    Typed(2.5, 1)
catch err
    println(err isa InexactError)
end
# expect: 3 2.0
# expect: true

# case: Composite Types — fieldnames lists a struct's fields
struct Pixel
    row
    col
    shade
end
println(fieldnames(Pixel))
# expect: (:row, :col, :shade)

# case: Composite Types — an immutable struct cannot be changed
struct Frozen
    v
end
f = Frozen(1)
try
    f.v = 2
catch err
    println("immutable: ", err isa ErrorException)
end
# expect: immutable: true

# case: Mutable Composite Types — fields of a mutable struct can be assigned
mutable struct Account
    owner
    balance::Float64
end
acct = Account("ana", 10)
acct.balance += 5
acct.owner = "bo"
println(acct.owner, " ", acct.balance)
# expect: bo 15.0

# case: Mutable Composite Types — a const field cannot be assigned, the others can (Julia 1.8 const fields; src/builtins.c, get_checked_fieldindex)
mutable struct Ledger
    const id
    balance::Float64
end
ledger = Ledger(7, 10)
ledger.balance = 12
try
    ledger.id = 8
catch e
    println(e)
end
println(ledger.id, " ", ledger.balance)
# expect: ErrorException("setfield!: const field .id of type Ledger cannot be changed")
# expect: 7 12.0

# case: Composite Types — an immutable struct's error text, after the missing field's (base/Base.jl: setproperty! asks fieldtype first; src/builtins.c, get_checked_fieldindex)
struct Sealed
    x
end
sealed = Sealed(1)
try
    sealed.y = 2
catch e
    println(e)
end
sealed.x = 2
# expect: ErrorException("type Sealed has no field y")
# expect error: setfield!: immutable struct of type Sealed cannot be changed

# case: Composite Types — const on a field of an immutable struct is an error (src/datatype.c; test/core.jl, ABCDconst)
struct Carved
    const x
end
# expect error: invalid field attribute const for immutable struct

# case: Mutable Composite Types — declaring the struct again with a field no longer const is a redefinition (test/core.jl, ABCDconst)
mutable struct Tally
    const n
end
mutable struct Tally
    n
end
# expect error: invalid redefinition of constant Main.Tally

# case: Composite Types — an inner constructor with new
struct Interval
    lo
    hi
    Interval(a, b) = a <= b ? new(a, b) : new(b, a)
end
println(Interval(5, 2))
# expect: Interval(2, 5)

# case: Composite Types — an outer constructor adds another way to build the struct
struct Box
    w
    h
end
Box(side) = Box(side, side)
println(Box(4))
# expect: Box(4, 4)

# case: Composite Types — == between structs compares fields for immutables
struct P2
    a
    b
end
println(P2(1, 2) == P2(1, 2))
println(P2(1, 2) === P2(1, 2))
# expect: true
# expect: true

# case: Abstract Types — a struct declared as a subtype of an abstract type
abstract type Shape end
struct Circle <: Shape
    r
end
struct Square <: Shape
    s
end
describe_shape(x::Shape) = "a shape"
println(describe_shape(Circle(1)), " ", Circle(2) isa Shape, " ", Square <: Shape)
# expect: a shape true true

# case: Parametric Types — a parametric struct infers its parameter
struct Point{T}
    x::T
    y::T
end
p = Point(1.0, 2.0)
println(p)
println(typeof(p))
println(Point{Float64} <: Point)
# expect: Point{Float64}(1.0, 2.0)
# expect: Point{Float64}
# expect: true

# case: Parametric Types — mismatched parameters are a MethodError
struct Point2{T}
    x::T
    y::T
end
try
    Point2(1, 2.5)
catch err
    println(err isa MethodError)
end
# expect: true

# case: Tuple Types — the type of a tuple lists its elements' types
println(typeof((1, "foo", 2.5)))
println((1, "foo", 2.5) isa Tuple)
# expect: Tuple{Int64, String, Float64}
# expect: true

# case: Type Unions — a Union type in an assertion and isa
IntOrString = Union{Int, AbstractString}
println(1 isa IntOrString, " ", "a" isa IntOrString, " ", 1.0 isa IntOrString)
# expect: true true false

# case: Type Declarations — sizeof of primitive types and values
println((sizeof(Int64), sizeof(Float32), sizeof(1.0), sizeof([1, 2, 3])))
# expect: (8, 4, 8, 24)

# case: Type Declarations — eltype of arrays, ranges, strings and dictionaries
println(eltype([1, 2]), " ", eltype(1:3), " ", eltype("abc"), " ", eltype(Dict("a" => 1.5)))
# expect: Int64 Int64 Char Pair{String, Float64}

# case: Custom pretty-printing — a show method for a struct is used by println
struct Polar
    r
    θ
end
Base.show(io::IO, p::Polar) = print(io, p.r, " * exp(", p.θ, "im)")
println(Polar(3.0, 4.0))
# expect: 3.0 * exp(4.0im)

# case: Type Declarations — nothing and isnothing
x = nothing
println(x === nothing, " ", isnothing(x), " ", typeof(x))
# expect: true true Nothing

# case: Type Declarations — nothing beside values of one type makes a Vector{Union{Nothing, T}} (promote_rule in base/some.jl)
println([nothing, 1])
println(typeof([1, nothing]), " ", typeof([nothing, nothing]), " ", typeof(["a", nothing, 2.0]))
println([nothing, 1, 2.0])
x = [nothing, 1]
x[1] = 2
push!(x, nothing)
println(x)
display([nothing, 1])
# expect: Union{Nothing, Int64}[nothing, 1]
# expect: Vector{Union{Nothing, Int64}} Vector{Nothing} Vector{Any}
# expect: Union{Nothing, Float64}[nothing, 1.0, 2.0]
# expect: Union{Nothing, Int64}[2, 1, nothing]
# expect: 2-element Vector{Union{Nothing, Int64}}:
# expect:   nothing
# expect:  1

# case: Type Declarations — display(nothing) shows `nothing` (show(io, ::Nothing)); only the REPL skips a nothing result
display(nothing)
display(tryparse(Int, "x"))
println([nothing])
# expect: nothing
# expect: nothing
# expect: [nothing]

# case: Type Declarations — a Dict with typed keys and values
d = Dict{String, Int}()
d["a"] = 1
println(d, " ", typeof(d))
# expect: Dict("a" => 1) Dict{String, Int64}

# case: Type Declarations — converting between number types
println(convert(Float64, 3), " ", convert(Int, 4.0), " ", Float64(2), " ", Int(3.0))
# expect: 3.0 4 2.0 3

# case: Tuple Types — a tuple type with more than three equal trailing parameters prints folded, as NTuple or Vararg (show_datatype in base/show.jl)
println(typeof((1, 2, 3, 4)), " ", typeof((1, 2, 3)), " ", typeof(("a", 1, 2, 3, 4)))
println(typeof([(1, 2, 3, 4)]))
f(x::NTuple{4, Int}) = "four"
f(x::Tuple) = "other"
println(f((1, 2, 3, 4)), " ", f((1, 2)))
# expect: NTuple{4, Int64} Tuple{Int64, Int64, Int64} Tuple{String, Vararg{Int64, 4}}
# expect: Vector{NTuple{4, Int64}}
# expect: four other

# case: Named Tuples — the type of a named tuple prints with the @NamedTuple macro (show_datatype in base/show.jl)
nt = (a = 1, b = 2.5)
println(typeof(nt))
println(typeof((x = [1, 2],)))
# expect: @NamedTuple{a::Int64, b::Float64}
# expect: @NamedTuple{x::Vector{Int64}}

# case: UnionAll Types — Vector, Matrix and NamedTuple are UnionAll types that values are instances of
x = [1, 2]
println(x isa Vector, " ", x isa Matrix, " ", [1 2; 3 4] isa Matrix, " ", (a = 1,) isa NamedTuple, " ", (1:2) isa Vector, " ", Any[1] isa Vector)
println(Vector, " ", Matrix, " ", typeof(Vector), " ", typeof(NamedTuple))
# expect: true false true true false true
# expect: Vector Matrix UnionAll UnionAll

# case: Abstract Types — Integer is a Number, not an AbstractFloat (the manual's doctest)
println(Integer <: Number, " ", Integer <: AbstractFloat, " ", Number >: Int, " ", Int <: Integer <: Real)
# expect: true false true true

# case: Abstract Types — supertype of Number, AbstractString and Any (the manual's doctest), and along the number tower
println(supertype(Number), " ", supertype(AbstractString), " ", supertype(Any))
println(supertype(Int64), " ", supertype(Signed), " ", supertype(Bool), " ", supertype(String), " ", supertype(Char))
# expect: Any Any Any
# expect: Signed Integer Integer AbstractString AbstractChar

# case: Abstract Types — supertype of a Union is a MethodError (the manual's doctest)
supertype(Union{Float64, Int64})
# expect error: MethodError: no method matching supertype(::Type{Union{Float64, Int64}})

# case: Abstract Types — supertype of arrays and ranges walks Julia's array tree (base/boot.jl, base/range.jl)
println(supertype(Vector{Float64}), " ", supertype(DenseVector{Float64}), " ", supertype(AbstractVector{Float64}))
println(supertype(Matrix{Int}), " ", supertype(UnitRange{Int}), " ", supertype(AbstractUnitRange{Int}), " ", supertype(Dict{String, Int}))
# expect: DenseVector{Float64} AbstractVector{Float64} Any
# expect: DenseMatrix{Int64} AbstractUnitRange{Int64} OrdinalRange{Int64, Int64} AbstractDict{String, Int64}

# case: Abstract Types — a method for the abstract type and a more specific one for one of its structs
abstract type Animal end
abstract type Bird <: Animal end
struct Dog <: Animal; name; end
struct Owl <: Bird; name; end
speak(a::Animal) = "..."
speak(b::Bird) = "hoot"
speak(d::Dog) = "woof"
println(speak(Dog("rex")), " ", speak(Owl("o")), " ", Owl <: Animal, " ", Dog <: Bird, " ", supertype(Owl), " ", supertype(Bird))
println(Owl("o") isa Animal, " ", Dog("d") isa Bird, " ", typeof(Animal), " ", Animal)
# expect: woof hoot true false Bird Animal
# expect: true false DataType Animal

# case: Parametric Types — parameters are invariant: Point{Float64} is not a Point{Real} (the manual's doctests)
struct Point2{T}
    x::T
    y::T
end
println(Point2{Float64} <: Point2, " ", Point2{AbstractString} <: Point2, " ", Float64 <: Point2, " ", AbstractString <: Point2)
println(Point2{Float64} <: Point2{Int64}, " ", Point2{Float64} <: Point2{Real})
println(Vector{Int} <: Vector{Real}, " ", Vector{Int} <: AbstractVector{Int}, " ", Vector{Int} <: Vector, " ", Vector <: AbstractArray)
# expect: true true false false
# expect: false false
# expect: false true true true

# case: Tuple Types — tuple types are covariant in their parameters (the manual's doctest)
println(Tuple{Int, AbstractString} <: Tuple{Real, Any})
println(Tuple{Int, AbstractString} <: Tuple{Real, Real})
println(Tuple{Int, AbstractString} <: Tuple{Real})
println((1, "a") isa Tuple{Integer, AbstractString})
# expect: true
# expect: false
# expect: false
# expect: true

# case: Type Unions — a Union prints its members in Julia's order, simplified (the manual's doctest for IntOrString; union_sort_cmp in src/jltypes.c)
IntOrString = Union{Int, AbstractString}
println(IntOrString)
println(Union{String, Int}, " ", Union{Int, Integer}, " ", Union{Float64, Nothing, Int}, " ", Union{Int, Int}, " ", typeof(IntOrString))
# expect: Union{Int64, AbstractString}
# expect: Union{Int64, String} Integer Union{Nothing, Float64, Int64} Int64 Union

# case: Type Unions — a value of neither member fails the assertion (the manual's doctest)
IntOrString = Union{Int, AbstractString}
println(1 :: IntOrString, " ", "Hello!" :: IntOrString)
1.0 :: IntOrString
# expect: 1 Hello!
# expect error: TypeError: in typeassert, expected Union{Int64, AbstractString}, got a value of type Float64

# case: Type Unions — a method taking a Union, beside one for any value
describe(x::Union{Int, String}) = "int or string"
describe(x) = "something else"
println(describe(1), " ", describe("a"), " ", describe(1.5), " ", describe(nothing))
# expect: int or string int or string something else something else

# case: Type Aliases — the REPL shows a type that is an alias's instance with what it stands for, and the type of a named function as its singleton type (show(::IO, ::MIME"text/plain", ::Type), base/show.jl; the manual's typeof(foo41) doctest)
display(Vector{Int64})
display(typeof([1 2; 3 4]))
display(typeof([[1.5]]))
display(typeof(1.0im))
foo41(x) = x
display(typeof(foo41))
display(Dict{String, Int64})
println(Vector{Int64}, " ", typeof(foo41))
# expect: Vector{Int64} (alias for Array{Int64, 1})
# expect: Matrix{Int64} (alias for Array{Int64, 2})
# expect: Vector{Vector{Float64}} (alias for Array{Array{Float64, 1}, 1})
# expect: ComplexF64 (alias for Complex{Float64})
# expect: typeof(foo41) (singleton type of function foo41, subtype of Function)
# expect: Dict{String, Int64}
# expect: Vector{Int64} typeof(foo41)
