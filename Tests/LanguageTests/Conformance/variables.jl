# Manual chapter: Variables (doc/src/manual/variables.md)

# case: Variables — assignment binds a name, and a name can be rebound to another type
x = 10
println(x + 1)
x = "now a string"
println(x)
# expect: 11
# expect: now a string

# case: Variables — an assignment is an expression with the assigned value
y = (z = 3) + 1
println((y, z))
# expect: (4, 3)

# case: Variables — chained assignment binds both names
a = b = 5
println(a + b)
# expect: 10

# case: Variables — Unicode names, including Greek letters and subscripts
δ = 0.00001
x₁ = 2
println(δ)
println(x₁ * 3)
# expect: 1.0e-5
# expect: 6

# case: Variables — names may contain ! and digits after the first character
count2! = 7
println(count2! + 1)
# expect: 8

# case: Allowed Variable Names — a keyword cannot be a variable name
else = false
# expect error: syntax error

# case: Assignment expressions and assignment versus mutation — two names, one array
first_name = [1, 2, 3]
second_name = first_name
first_name[1] = 42
println(second_name)
first_name = 3.5
println(second_name)
# expect: [42, 2, 3]
# expect: [42, 2, 3]

# case: Variables — emoji names, as the Knet tutorial's "Getting to know Julia" uses
😺 = 1
😀 = 0
😞 = -1
println(😺 + 😞 == 😀)
# expect: true

# case: Variables — interpolating a Unicode name into a string
🐱 = 10
println("there are $🐱 cats")
# expect: there are 10 cats

# case: Allowed Variable Names — currency and other symbols may start a name, marks and primes follow
€ = 3
Δx′ = 0.5
x̄ = 2
println(€ * x̄, " ", Δx′)
# expect: 6 0.5

# case: Allowed Variable Names — subscript and superscript digits go on a name
x₁ = 1
x² = 4
println(x₁ + x²)
# expect: 5

# case: Variables — a built-in constant or function not yet used in Main can be redefined (the manual's doctest: Main gets a binding of its own)
pi = 3
sqrt = 4
println(pi, " ", sqrt)
# expect: 3 4

# case: Variables — redefining a built-in constant already in use is an error (the manual's doctest; src/module.c, jl_get_binding_wr)
println(pi)
pi = 3
# expect: π
# expect error: cannot assign a value to imported variable Base.pi from module Main

# case: Variables — redefining a built-in function already in use is an error (the manual's doctest)
println(sqrt(100))
sqrt = 4
# expect: 10.0
# expect error: cannot assign a value to imported variable Base.sqrt from module Main

# case: Variables — a name imported explicitly cannot be assigned; Julia names it after Main (src/module.c, jl_binding_dbgmodule; test/syntax.jl, "imported variable Mod3.f")
import Base: sqrt
sqrt = 4
# expect error: cannot assign a value to imported variable Main.sqrt

# case: Variables — assigning a built-in name inside a loop at the top level makes a local: it is not a global Main defined (src/ast.c, defined-julia-global)
println(sqrt(9.0))
for i in 1:1
    sqrt = i
end
println(sqrt(16.0))
# expect: 3.0
# expect: 4.0
