# Manual chapter: Methods (doc/src/manual/methods.md)

# case: Defining Methods — a method for Float64 arguments only
g(x::Float64, y::Float64) = 2x + y
println(g(2.0, 3.0))
try
    g(2.0, 3)
catch err
    println(err isa MethodError)
end
# expect: 7.0
# expect: true

# case: Defining Methods — a second method for other number types
g2(x::Float64, y::Float64) = 2x + y
g2(x::Number, y::Number) = 2x - y
println(g2(2.0, 3.0))
println(g2(2, 3.0))
println(g2(2, 3))
# expect: 7.0
# expect: 1.0
# expect: 1

# case: Defining Methods — dispatch picks the most specific method
kind(x) = "something"
kind(x::Number) = "a number"
kind(x::Integer) = "an integer"
kind(x::AbstractString) = "a string"
println(kind(1), ", ", kind(1.5), ", ", kind("s"), ", ", kind([1]))
# expect: an integer, a number, a string, something

# case: Defining Methods — dispatch on the second argument
combine(a, b::Int) = "int second"
combine(a, b::String) = "string second"
println(combine(1, 2), " / ", combine(1, "x"))
# expect: int second / string second

# case: Defining Methods — a method for a struct type
struct Cat
    name
end
struct Dog
    name
end
speak(c::Cat) = "$(c.name) says meow"
speak(d::Dog) = "$(d.name) says woof"
println(speak(Cat("Tom")))
println(speak(Dog("Rex")))
# expect: Tom says meow
# expect: Rex says woof

# case: Defining Methods — defining the same signature again replaces the method
h(x) = 1
h(x) = 2
println(h(0))
# expect: 2

# case: Defining Methods — printing a generic function with its method count
f1(x) = x
f1(x, y) = x + y
display(f1)
# expect: f1 (generic function with 2 methods)

# case: Defining Methods — methods by number of arguments
area(r) = 3r^2
area(w, h) = w * h
println(area(2), " ", area(2, 3))
# expect: 12 6

# case: Parametric Methods — where T matches two arguments of the same type
same_type(x::T, y::T) where {T} = true
same_type(x, y) = false
println(same_type(1, 2), " ", same_type(1, 2.0))
# expect: true false

# case: Parametric Methods — a type parameter used in the body
firstzero(v::Vector{T}) where {T} = zero(T)
println(firstzero([1.5, 2.0]), " ", firstzero([3, 4]))
# expect: 0.0 0

# case: Note on Optional and keyword Arguments — defaults make several methods
opt(a = 1, b = 2) = a + 2b
println(opt(), " ", opt(5), " ", opt(5, 10))
# expect: 5 9 25

# case: Function-like objects — a callable struct
struct Polynomial
    coeffs
end
function (p::Polynomial)(x)
    v = p.coeffs[end]
    for i = (length(p.coeffs) - 1):-1:1
        v = v * x + p.coeffs[i]
    end
    return v
end
p = Polynomial([1, 10, 100])
println(p(3))
# expect: 931

# case: Function-like objects — a callable struct with two methods, as Knet layers are
struct Affine
    w
    b
end
(a::Affine)(x) = a.w * x .+ a.b
(a::Affine)(x, y) = sum(abs2, a(x) .- y)
layer = Affine([1 2; 3 4], [1, 1])
println(layer([1, 1]))
println(layer([1, 1], [4, 8]))
# expect: [4, 8]
# expect: 0

# case: Empty generic functions — function name end declares a function without methods
function not_yet end
try
    not_yet(1)
catch err
    println(err isa MethodError)
end
# expect: true

# case: Empty generic functions — the REPL shows a function with 0 methods
function pending end
display(pending)
# expect: pending (generic function with 0 methods)

# case: Empty generic functions — calling one is a MethodError naming the argument types
function later end
later(1, 2.5)
# expect error: MethodError: no method matching later(::Int64, ::Float64)

# case: Empty generic functions — methods added afterwards are the function's
function area end
area(r) = 3r^2
area(w, h) = w * h
println((area(2), area(2, 5)))
display(area)
# expect: (12, 10)
# expect: area (generic function with 2 methods)

# case: Empty generic functions — function name end of a name that has a value is an error
taken = 1
function taken end
# expect error: cannot define function taken; it already has a value

# case: Varargs methods — a varargs method beside a fixed one
count_args() = 0
count_args(xs...) = length(xs)
println(count_args(), " ", count_args(1, 2, 3))
# expect: 0 3

# case: Defining Methods — extending a Base function for a new type
struct Money
    cents::Int
end
Base.:+(a::Money, b::Money) = Money(a.cents + b.cents)
println((Money(150) + Money(275)).cents)
# expect: 425

# case: Defining Methods — extending length so generic code works on a struct
struct Bag
    items
end
Base.length(b::Bag) = length(b.items)
println(length(Bag([1, 2, 3])))
# expect: 3

# case: Defining Methods — a method under the name of a Base function Main has not used makes a new function of Main's with only that method (doc/src/manual/modules.md, Standalone using and import; src/module.c, jl_get_binding_for_method_def)
struct Meters
    v
end
sqrt(x::Meters) = Meters(x.v / 2)
println(sqrt(Meters(8.0)))
println(sqrt(4.0))
# expect: Meters(4.0)
# expect error: MethodError: no method matching sqrt(::Float64)

# case: Defining Methods — once Main has used a Base function, a method under its bare name is an error (src/module.c, jl_get_binding_for_method_def)
println(sqrt(4.0))
struct Feet
    v
end
sqrt(x::Feet) = x
# expect: 2.0
# expect error: invalid method definition in Main: function Base.sqrt must be explicitly imported to be extended

# case: Defining Methods — Base.sqrt(...) = ... adds a method to Base's function, which keeps its own
struct Yards
    v
end
Base.sqrt(x::Yards) = Yards(sqrt(x.v))
println(sqrt(Yards(16.0)), " ", sqrt(4.0))
# expect: Yards(4.0) 2.0

# case: Defining Methods — after import Base: sqrt, a method under the bare name extends Base's function
import Base: sqrt
struct Inches
    v
end
sqrt(x::Inches) = Inches(sqrt(x.v))
println(sqrt(Inches(9.0)), " ", sqrt(4.0))
# expect: Inches(3.0) 2.0

# case: Defining Methods — Base.sqrt(...) extends Base's function, not a sqrt Main made of its own
struct Miles
    v
end
sqrt(x::Miles) = "Main's"
Base.sqrt(x::String) = "Base's"
println(sqrt(Miles(1)))
try
    sqrt("a")
catch e
    println(typeof(e))
end
# expect: Main's
# expect: MethodError

# case: Defining Methods — a local function named like a Base function has only its own methods (a local variable holding a closure)
function local_root()
    sqrt(x::String) = length(x)
    sqrt(4.0)
end
try
    local_root()
catch e
    println(typeof(e))
end
println(sqrt(4.0))
# expect: MethodError
# expect: 2.0

# case: Method Ambiguities — a call matching two methods equally is a MethodError
amb(x::Int, y) = 1
amb(x, y::Int) = 2
try
    amb(1, 1)
catch err
    println(err isa MethodError)
end
# expect: true

# case: Defining Methods — isa checks inside one method instead of dispatch
describe(x) = x isa Integer ? "integer $x" : "other $x"
println(describe(4), "; ", describe(4.5))
# expect: integer 4; other 4.5

# case: Parametric Methods — same_type over strings and floats (the manual's doctests)
same_type(x::T, y::T) where {T} = true
same_type(x, y) = false
println(same_type(1.0, 2.0), " ", same_type("foo", 2.0), " ", same_type("foo", "bar"))
# expect: true false true

# case: Parametric Methods — myappend takes an element of the vector's own type (the manual's doctests)
myappend(v::Vector{T}, x::T) where {T} = [v..., x]
println(myappend([1, 2, 3], 4), " ", myappend([1.0, 2.0, 3.0], 4.0))
myappend([1, 2, 3], 2.5)
# expect: [1, 2, 3, 4] [1.0, 2.0, 3.0, 4.0]
# expect error: MethodError: no method matching myappend(::Vector{Int64}, ::Float64)

# case: Parametric Methods — the type parameter is the argument's type (the manual's mytypeof)
mytypeof(x::T) where {T} = T
println(mytypeof(1), " ", mytypeof(1.0), " ", mytypeof([1, 2]), " ", mytypeof("a"))
# expect: Int64 Float64 Vector{Int64} String

# case: Parametric Methods — a bound on the type parameter, beside a method for any two Numbers (the manual's doctests)
same_type_numeric(x::T, y::T) where {T<:Number} = true
same_type_numeric(x::Number, y::Number) = false
println(same_type_numeric(1, 2), " ", same_type_numeric(1, 2.0), " ", same_type_numeric(1.0, 2.0))
same_type_numeric("foo", 2.0)
# expect: true false true
# expect error: MethodError: no method matching same_type_numeric(::String, ::Float64)

# case: Parametric Methods — a method for one type is more specific than a method for any T
describe_one(x::T) where T = "some $T"
describe_one(x::Int) = "an Int"
function describe_one(v::AbstractVector{T}) where T <: Real
    return "a vector of $T"
end
println(describe_one(1), ", ", describe_one(2.5), ", ", describe_one(1:3), ", ", describe_one([1.5]), ", ", describe_one(["a"]))
# expect: an Int, some Float64, a vector of Int64, a vector of Float64, some Vector{String}

# case: Varargs Functions with dispatch — a method with a fixed count is more specific than a vararg one that also takes the call (Tuple{Any} <: Tuple{Vararg{Any}}; Knet's `Chain(layers...) = Chain(layers)`)
struct Stack
    layers
end
Stack(layers...) = Stack(layers)
s = Stack(sin, cos, tan)
println(s.layers isa Tuple, " ", length(s.layers))
println(Stack(abs).layers, " ", Stack([1, 2]).layers)
count_args(x) = "one"
count_args(x, rest...) = "one and $(length(rest)) more"
count_args(xs...) = "any number: $(length(xs))"
println(count_args(1), "; ", count_args(1, 2), "; ", count_args())
typed_args(x::Int) = "one Int"
typed_args(xs::Int...) = "Ints: $(length(xs))"
println(typed_args(5), "; ", typed_args(5, 6))
optional_then_rest(x, y = 10, zs...) = (x, y, length(zs))
println(optional_then_rest(1), optional_then_rest(1, 2), optional_then_rest(1, 2, 3))
# expect: true 3
# expect: abs [1, 2]
# expect: one; one and 1 more; any number: 0
# expect: one Int; Ints: 2
# expect: (1, 10, 0)(1, 2, 0)(1, 2, 1)
