f(x) = "one"
f(x, y) = "two"
println(f(1), " ", f(1, 2))
# expect: one two
f(x) = "redefined"
println(f(1), " ", f(1, 2))
# expect: redefined two
