# Strings interpolate $name and $(expression).
x = 42
name = "world"
println("hello $name, x = $x, x+1 = $(x + 1)")
# expect: hello world, x = 42, x+1 = 43
v = [1.5, 2.0]
println("v = $v, first = $(v[1])")
# expect: v = [1.5, 2.0], first = 1.5
println("a dollar: \$5, a quote: \", a tab:\t|")
# expect: a dollar: $5, a quote: ", a tab:	|
println("con" * "cat" * "enation", " ", "ab"^3)
# expect: concatenation ababab
println(length("héllo"))
# expect: 5
println(string(1, "+", 2.5, :sym))
# expect: 1+2.5sym
