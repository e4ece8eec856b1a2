print("a", 1, :b)
println()
# expect: a1b
show([1, 2])
show("q")
println()
# expect: [1, 2]"q"
println(repr(1.0), " ", string("x", [1.5]), " ", join(["a", "b"], "-"))
# expect: 1.0 x[1.5] a-b
x = println("printed")
println(x)
# expect: printed
# expect: nothing
