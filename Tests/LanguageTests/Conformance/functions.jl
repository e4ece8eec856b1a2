# Manual chapter: Functions (doc/src/manual/functions.md)

# case: Functions — the long form with function ... end
function area(w, h)
    w * h
end
println(area(3, 4))
# expect: 12

# case: Functions — the assignment form
perimeter(w, h) = 2(w + h)
println(perimeter(3, 4))
# expect: 14

# case: Functions — a function is a value that can be bound to another name
double(x) = 2x
twice = double
println(twice(21))
# expect: 42

# case: Functions — printing a function prints its name
cube(x) = x^3
println(cube)
# expect: cube

# case: Functions — a Unicode function name
Σ(xs) = sum(xs)
println(Σ([1, 2, 3]))
# expect: 6

# case: Argument Passing Behavior — a function sees and can change the caller's array
function append_zero!(v)
    push!(v, 0)
    return nothing
end
data = [1, 2]
append_zero!(data)
println(data)
# expect: [1, 2, 0]

# case: Argument Passing Behavior — rebinding an argument does not change the caller's variable
function rebind(v)
    v = [9, 9]
    return v
end
original = [1, 2]
rebind(original)
println(original)
# expect: [1, 2]

# case: The return Keyword — code after return is not evaluated
function first_product(a, b)
    return a * b
    println("never printed")
    a + b
end
println(first_product(2, 5))
# expect: 10

# case: The return Keyword — several return points
function safe_hypot(x, y)
    x = abs(x)
    y = abs(y)
    if x > y
        r = y / x
        return x * sqrt(1 + r * r)
    end
    if y == 0
        return zero(x)
    end
    r = x / y
    return y * sqrt(1 + r * r)
end
println(safe_hypot(3, 4))
println(safe_hypot(0, 0))
# expect: 5.0
# expect: 0

# case: The return Keyword — a function without a value returns nothing
function says_hi()
    println("hi")
end
value_returned = says_hi()
println(value_returned === nothing)
# expect: hi
# expect: true

# case: The return Keyword — a declared return type converts the result
function halves(x)::Float64
    return x ÷ 2
end
println(halves(7))
println(typeof(halves(7)))
# expect: 3.0
# expect: Float64

# case: Operators Are Functions — an operator called with parentheses and many arguments
println(+(1, 2, 3))
println(*(2, 3, 4))
# expect: 6
# expect: 24

# case: Operators Are Functions — an operator bound to a name
plus = +
println(plus(10, 20, 30))
# expect: 60

# case: Operators With Special Names — hcat, vcat and getindex are the functions behind the syntax
println(hcat([1, 2], [3, 4]) == [[1, 2] [3, 4]])
println(vcat([1, 2], [3]) == [[1, 2]; [3]])
println(getindex([5, 6, 7], 2))
# expect: true
# expect: true
# expect: 6

# case: Operators With Special Names — setindex! is what A[i] = x calls
a = [1, 2, 3]
setindex!(a, 20, 2)
println(a)
# expect: [1, 20, 3]

# case: Anonymous Functions — x -> ... passed to map
println(map(x -> x^2 - x, [2, 0, -3]))
# expect: [2, 0, 12]

# case: Anonymous Functions — function (x) ... end without a name
f = function (x)
    x + 100
end
println(f(1))
# expect: 101

# case: Anonymous Functions — map with a named function rounds halves to even
display(map(round, [0.4, 2.5, 2.6]))
# expect: 3-element Vector{Float64}:
# expect:  0.0
# expect:  2.0
# expect:  3.0

# case: Anonymous Functions — several arguments and none
combine = (x, y, z) -> 2x + y - z
later = () -> "computed later"
println(combine(1, 2, 3))
println(later())
# expect: 1
# expect: computed later

# case: Tuples — construction, a one-element tuple, and indexing
println((1, 1 + 1))
println((5,))
t = (0.0, "word", 6 * 7)
println(t[2])
println(t)
# expect: (1, 2)
# expect: (5,)
# expect: word
# expect: (0.0, "word", 42)

# case: Tuples — the empty tuple
println(())
println(length(()))
# expect: ()
# expect: 0

# case: Named Tuples — fields by name and by position
nt = (a = 1, b = 1 + 1)
println(nt)
println(nt.a, " ", nt[2])
# expect: (a = 1, b = 2)
# expect: 1 2

# case: Multiple Return Values — a function returning a tuple, destructured
function sum_and_product(a, b)
    a + b, a * b
end
println(sum_and_product(2, 3))
s, p = sum_and_product(4, 5)
println(s)
println(p)
# expect: (5, 6)
# expect: 9
# expect: 20

# case: Argument destructuring — a tuple argument written as (a, b)
ordered(x, y) = y < x ? (y, x) : (x, y)
spread((lo, hi)) = hi - lo
println(spread(ordered(10, 3)))
# expect: 7

# case: Varargs Functions — the trailing arguments arrive as a tuple
collect_rest(a, b, rest...) = (a, b, rest)
println(collect_rest(1, 2))
println(collect_rest(1, 2, 3))
println(collect_rest(1, 2, 3, 4, 5))
# expect: (1, 2, ())
# expect: (1, 2, (3,))
# expect: (1, 2, (3, 4, 5))

# case: Varargs Functions — splatting a tuple or a vector into a call
collect_rest2(a, b, rest...) = (a, b, rest)
args = (20, 30)
println(collect_rest2(10, args...))
println(collect_rest2([7, 8, 9, 10]...))
# expect: (10, 20, (30,))
# expect: (7, 8, (9, 10))

# case: Varargs Functions — splatting into a function that is not varargs
add2(a, b) = a + b
pair = [3, 4]
println(add2(pair...))
# expect: 7

# case: Varargs Functions — splatting too many values is a MethodError
add3(a, b) = a + b
try
    add3([1, 2, 3]...)
catch err
    println(err isa MethodError)
end
# expect: true

# case: Optional Arguments — defaults fill in missing trailing arguments
scaled(x, factor = 10) = x * factor
println(scaled(3))
println(scaled(3, 2))
# expect: 30
# expect: 6

# case: Optional Arguments — each optional argument adds a method: two of them make three (the manual's date example shows 3 methods)
volume(w, h=1, d=1) = w * h * d
display(volume)
scaled(x, y=2; by=1) = x * y * by
display(scaled)
rest(x, y=0, zs...) = x + y + length(zs)
display(rest)
# expect: volume (generic function with 3 methods)
# expect: scaled (generic function with 2 methods)
# expect: rest (generic function with 2 methods)

# case: Optional Arguments — parse with a base keyword
println(parse(Int, "12"))
println(parse(Int, "12", base = 3))
println(parse(Int, "ff", base = 16))
# expect: 12
# expect: 5
# expect: 255

# case: Keyword Arguments — given after a semicolon or a comma, in any order
function box(w; height = 1, depth = 1)
    w * height * depth
end
println(box(2))
println(box(2, depth = 5))
println(box(2; depth = 3, height = 4))
# expect: 2
# expect: 10
# expect: 24

# case: Keyword Arguments — a default may use an earlier keyword
function span(; start = 1, stop = start + 9)
    (start, stop)
end
println(span())
println(span(start = 5))
# expect: (1, 10)
# expect: (5, 14)

# case: Keyword Arguments — extra keywords collected with kwargs...
function options(x; verbose = false, rest...)
    println(x, " ", verbose)
    for (k, v) in rest
        println(k, " => ", v)
    end
end
options(1; verbose = true, colour = "red")
# expect: 1 true
# expect: colour => red

# case: Keyword Arguments — a keyword without a default must be given
needs_key(; key) = key * 2
println(needs_key(key = 4))
try
    needs_key()
catch err
    println(err isa UndefKeywordError)
end
# expect: 8
# expect: true

# case: Keyword Arguments — a named tuple splatted after ; passes keywords
rect(; w = 1, h = 1) = w * h
opts = (w = 3, h = 7)
println(rect(; opts...))
# expect: 21

# case: Keyword Arguments — the rightmost occurrence of a keyword wins
rect2(; w = 1, h = 1) = (w, h)
opts2 = (w = 3, h = 7)
println(rect2(; opts2..., h = 2))
# expect: (3, 2)

# case: Keyword Arguments — slurped keywords are pairs of a named tuple, in the order given
gather(; kw...) = kw
display(gather(b = 2, a = 1))
# expect: pairs(::NamedTuple) with 2 entries:
# expect:   :b => 2
# expect:   :a => 1

# case: Keyword Arguments — keys, values, indexing and haskey of slurped keywords
collect_settings(; kw...) = kw
settings = collect_settings(lr = 0.1, epochs = 3)
println(keys(settings))
println(values(settings))
println(settings[:epochs], " ", haskey(settings, :lr), " ", haskey(settings, :batch), " ", length(settings))
# expect: (:lr, :epochs)
# expect: (lr = 0.1, epochs = 3)
# expect: 3 true false 2

# case: Keyword Arguments — a Symbol => value pair after ; passes a keyword
rect3(; w = 1, h = 1) = (w, h)
println(rect3(; :h => 5))
# expect: (1, 5)

# case: Keyword Arguments — keywords passed on with kw...
scaled(x; scale = 1, shift = 0) = scale * x + shift
forward(x; kws...) = scaled(x; kws...)
println(forward(2; shift = 1, scale = 10))
println(forward(2))
# expect: 21
# expect: 2

# case: Evaluation Scope of Default Values — a default sees earlier arguments only
offset = 100
shifted(x, by = x + 1) = x + by
println(shifted(5))
# expect: 11

# case: Do-Block Syntax for Function Arguments — a do block is the first argument of map
result = map([-2, 0, 3]) do x
    if x < 0
        return 0
    elseif x == 0
        return 1
    else
        return x
    end
end
println(result)
# expect: [0, 1, 3]

# case: Do-Block Syntax for Function Arguments — a do block with two arguments
digits_joined = reduce([1, 2, 3]) do acc, d
    10acc + d
end
println(digits_joined)
# expect: 123

# case: Function composition and piping — ∘ composes, applied right to left
add_then_root = sqrt ∘ +
println(add_then_root(3, 6))
# expect: 3.0

# case: Function composition and piping — f ∘ g is a ComposedFunction: it shows as itself, and its fields outer and inner are f and g
h = sqrt ∘ abs
display(h)
println(h)
println(typeof(h))
println(h.outer === sqrt, " ", h.inner === abs, " ", h(-16))
# expect: sqrt ∘ abs
# expect: sqrt ∘ abs
# expect: ComposedFunction{typeof(sqrt), typeof(abs)}
# expect: true true 4.0

# case: Function composition and piping — a composition shows as base/operators.jl's show writes it: an operator in parentheses, an inner composition in parentheses, an outer one chained
println((+) ∘ abs, " ", sin ∘ (cos ∘ tan), " ", (sin ∘ cos) ∘ tan)
# expect: (+) ∘ abs sin ∘ (cos ∘ tan) sin ∘ cos ∘ tan

# case: Function composition and piping — !f of a function is (!) ∘ f, shown as !f, and !!f is f again (the `!f::Function` docstring, base/operators.jl)
println(!isodd, " ", typeof(!isodd), " ", (!isodd)(3), " ", !!isodd === isodd, " ", !(sin ∘ cos))
println(filter(!isletter, "a1b2"))
# expect: !isodd ComposedFunction{typeof(!), typeof(isodd)} false true !(sin ∘ cos)
# expect: 12

# case: Function composition and piping — ==(x), <(x), >=(x), !=(x), in(c), isequal(x) and startswith(s) are Base.Fix2 partial applications (base/operators.jl, base/strings/util.jl): a struct with fields f and x, printed as one, shown by the REPL as a callable object
f = <(3)
println(typeof(f), " ", f(2), " ", f.x, " ", f.f === <)
println(==(2), " ", repr(in([1, 2])), " ", typeof(isequal('a')))
println(filter(>=(2), [1, 2, 3]), " ", findfirst(!=(1), [1, 1, 5]), " ", count(in((1, 3)), [1, 2, 3]), " ", filter(startswith("a"), ["ab", "ba"]))
display(<(3))
# expect: Base.Fix2{typeof(<), Int64} true 3 true
# expect: Base.Fix2{typeof(==), Int64}(==, 2) Base.Fix2{typeof(in), Vector{Int64}}(in, [1, 2]) Base.Fix2{typeof(isequal), Char}
# expect: [2, 3] 3 2 ["ab"]
# expect: (::Base.Fix2{typeof(<), Int64}) (generic function with 1 method)

# case: Function composition and piping — composing three functions over words
println(map(first ∘ reverse ∘ uppercase, split("dog cat")))
# expect: ['G', 'T']

# case: Function composition and piping — |> passes the value on
println(1:10 |> sum |> sqrt)
# expect: 7.416198487095663

# case: Function composition and piping — .|> pipes element by element
display([1, 2, 3] .|> [x -> x^2, inv, x -> 2x])
# expect: 3-element Vector{Real}:
# expect:  1
# expect:  0.5
# expect:  6

# case: Dot Syntax for Vectorizing Functions — sin. over a vector
display(sin.([1.0, 2.0, 3.0]))
# expect: 3-element Vector{Float64}:
# expect:  0.8414709848078965
# expect:  0.9092974268256817
# expect:  0.1411200080598672

# case: Dot Syntax for Vectorizing Functions — a user function broadcast over a scalar and a vector
lin(x, y) = 3x + 4y
println(lin.(pi, [1.0, 2.0, 3.0]))
println(lin.([1.0, 2.0], [4.0, 5.0]))
# expect: [13.42477796076938, 17.42477796076938, 21.42477796076938]
# expect: [19.0, 26.0]

# case: Dot Syntax for Vectorizing Functions — nested dot calls fuse into one loop
println(sqrt.(abs.([-4, 9, -16])))
# expect: [2.0, 3.0, 4.0]

# case: Dot Syntax for Vectorizing Functions — X .= ... writes into an existing array
X = zeros(3)
Y = [1.0, 2.0, 3.0]
X .= 2 .* Y .+ 1
println(X)
# expect: [3.0, 5.0, 7.0]

# case: Dot Syntax for Vectorizing Functions — @. puts a dot on every call and assignment
Y = [1.0, 2.0, 3.0, 4.0]
X = similar(Y)
@. X = sin(cos(Y))
display(X)
# expect: 4-element Vector{Float64}:
# expect:   0.5143952585235492
# expect:  -0.4042391538522658
# expect:  -0.8360218615377305
# expect:  -0.6080830096407656

# case: Dot Syntax for Vectorizing Functions — a dotted update operator works in place
acc = [1, 2, 3]
acc .+= [10, 20, 30]
println(acc)
# expect: [11, 22, 33]

# case: Functions — closures capture variables of the enclosing function
function make_counter()
    count = 0
    return () -> (count += 1)
end
tick = make_counter()
tick(); tick()
println(tick())
# expect: 3

# case: Functions — recursion
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
println(fib(15))
# expect: 610

# case: Functions — a named function's type is typeof(f), and it shows its method count
f(x) = x + 1
f(x, y) = x + y
println(typeof(f))
display(f)
# expect: typeof(f)
# expect: f (generic function with 2 methods)
