# Manual chapter: Scope of Variables (doc/src/manual/variables-and-scoping.md)
# The cases follow the REPL's rules, as the doctests do.

# case: Local Scope — assigning inside a function makes a local; the global is unchanged
x = 1
function set_local()
    x = 2
    return x
end
println(set_local())
println(x)
# expect: 2
# expect: 1

# case: Local Scope — a function reads a global it does not assign
limit = 10
below_limit(v) = v < limit
println(below_limit(3), " ", below_limit(30))
# expect: true false

# case: Global Scope — global inside a function assigns the global
counter = 0
function bump()
    global counter += 1
end
bump(); bump()
println(counter)
# expect: 2

# case: Local Scope — global x = value inside a function creates the global
function make_global()
    global created_here = "made"
    nothing
end
make_global()
println(created_here)
# expect: made

# case: Soft Local Scope — at the REPL, a loop assigning an existing global updates it
total = 0
for i in 1:4
    total += i
end
println(total)
# expect: 10

# case: Soft Local Scope — a new name assigned inside a loop stays inside it
for i in 1:2
    inner_only = i
end
try
    inner_only
catch err
    println(err isa UndefVarError)
end
# expect: true

# case: Hard Local Scope — a loop inside a function assigning the function's local updates it
function sum_to(n)
    s = 0
    for i in 1:n
        s += i
    end
    return s
end
println(sum_to(100))
# expect: 5050

# case: Hard Local Scope — a nested function updates the enclosing function's local
function outer_fn()
    hits = 0
    record() = (hits += 1)
    record(); record(); record()
    return hits
end
println(outer_fn())
# expect: 3

# case: Hard Local Scope — local declares a fresh variable that shadows the outer one
function shadowing()
    v = 1
    let
        local v = 2
        println(v)
    end
    println(v)
end
shadowing()
# expect: 2
# expect: 1

# case: Let Blocks — let makes new bindings each time it runs
values = []
for i in 1:3
    let j = 10i
        push!(values, () -> j)
    end
end
println([f() for f in values])
# expect: [10, 20, 30]

# case: Let Blocks — later let bindings see earlier ones
result = let a = 2, b = a * 3
    a + b
end
println(result)
# expect: 8

# case: Let Blocks — a let name without a value is a new local with no value yet: reading it is an UndefVarError, not the global (the manual's let x = 1, z)
w = 7
outcome = try
    let a = 2, w
        a + w
    end
catch err
    typeof(err)
end
println(outcome, " ", w)
# expect: UndefVarError 7

# case: Local Scope — local x without a value declares it; reading it before an assignment is an UndefVarError
function unset_then_set(flag)
    local q
    if flag
        q = 40
    end
    return q + 2
end
println(unset_then_set(true))
try
    unset_then_set(false)
catch err
    println(typeof(err))
end
# expect: 42
# expect: UndefVarError

# case: Let Blocks — let with an assignment to a global name does not touch the global
g = "global"
let g = "local"
    println(g)
end
println(g)
# expect: local
# expect: global

# case: Loops and Comprehensions — each iteration of a loop has a fresh variable
closures = []
for i in 1:3
    push!(closures, () -> i)
end
println([c() for c in closures])
# expect: [1, 2, 3]

# case: Loops and Comprehensions — a comprehension's variable does not leak out
k = 0
squares = [k^2 for k in 1:4]
println(k)
println(squares)
# expect: 0
# expect: [1, 4, 9, 16]

# case: Loops and Comprehensions — for outer reuses an existing local
function last_index_over(v, limit)
    i = 0
    for outer i in eachindex(v)
        v[i] > limit && break
    end
    return i
end
println(last_index_over([1, 5, 9, 2], 4))
# expect: 2

# case: Loops and Comprehensions — for outer keeps the last value the loop gave (test/core.jl's forouter)
function count_up()
    i = 1
    for outer i = 2:3
    end
    return i
end
println(count_up())
# expect: 3

# case: Loops and Comprehensions — a local assigned after the loop counts as the outer one
function assigned_later()
    for outer k in 1:4
    end
    result = k
    k = 0
    return result
end
println(assigned_later())
# expect: 4

# case: Loops and Comprehensions — for outer takes each value as its clause does, even when a later clause is empty
function outer_of_two()
    i = 0
    for outer i = 1:2, j = 1:0
    end
    return i
end
println(outer_of_two())
# expect: 2

# case: Loops and Comprehensions — for outer without an enclosing local fails when the function is defined
println("before")
function no_local_to_reuse()
    for outer i = 1:2
    end
end
println("never printed")
# expect: before
# expect error: syntax: no outer local variable declaration exists for "for outer"

# case: Loops and Comprehensions — a global is not an outer local
g_index = 0
for outer g_index in 1:3
end
# expect error: syntax: no outer local variable declaration exists for "for outer"

# case: Loops and Comprehensions — a variable may be named outer
outer = 0
for outer = 1:3
    global total_outer = outer
end
println((outer, total_outer))
# expect: (0, 3)

# case: Constants — const binds a global constant
const SPEED_OF_LIGHT = 299792458
println(SPEED_OF_LIGHT * 2)
# expect: 599584916

# case: Constants — several constants in one declaration (the manual's doctest)
const c_one, c_two = 1, 2
println(c_one + c_two)
# expect: 3

# case: Constants — assigning a constant a value of another type is an error, and the constant keeps its value (src/module.c, jl_checked_assignment: "invalid redefinition of constant %s.%s" with the module's name)
const c_float = 1.0
try
    c_float = 1
catch e
    println(e)
end
println(c_float)
# expect: ErrorException("invalid redefinition of constant Main.c_float")
# expect: 1.0

# case: Constants — assigning a constant the value it has says nothing (src/module.c, jl_checked_assignment: jl_egal returns first)
const c_hundred = 100
c_hundred = 100
println(c_hundred)
# expect: 100

# case: Constants — a global that has a value cannot be declared constant (src/module.c, jl_declare_constant)
c_plain = 1
const c_plain = 2
# expect error: cannot declare Main.c_plain constant; it already has a value

# case: Constants — a function's name is a constant: assigning it is an error (src/module.c, jl_checked_assignment; the function's type is not Int64's)
c_function(x) = x
c_function = 2
# expect error: invalid redefinition of constant Main.c_function

# case: Constants — a global that holds a value cannot become a function (src/method.c, jl_generic_function_def)
c_value = 3
c_value(x) = x
# expect error: cannot define function c_value; it already has a value

# case: Constants — a global that holds an anonymous function is not a function definition's binding either (src/method.c, jl_generic_function_def: the binding is not constant)
c_lambda = x -> 2x
c_lambda(x, y) = x + y
# expect error: cannot define function c_lambda; it already has a value

# case: Constants — a struct's name is a constant: declaring it again with other fields, or assigning it, is an error naming the module (test/core.jl, ABCDconst)
struct CPoint
    x
end
struct CPoint
    x
end
println(CPoint(1))
try
    CPoint = 3
catch e
    println(e)
end
struct CPoint
    y
end
# expect: CPoint(1)
# expect: ErrorException("invalid redefinition of constant Main.CPoint")
# expect error: invalid redefinition of constant Main.CPoint

# case: Local Scope — function arguments are locals of the function
y = 5
function uses_arg(y)
    y = y * 2
    return y
end
println(uses_arg(3), " ", y)
# expect: 6 5

# case: Local Scope — a while loop body inside a function shares the function's locals
function countdown(n)
    steps = 0
    while n > 0
        n -= 1
        steps += 1
    end
    return steps
end
println(countdown(4))
# expect: 4

# case: Local Scope — try blocks are soft scopes: a global updated inside one at the REPL
status = "start"
try
    status = "inside try"
catch
end
println(status)
# expect: inside try
