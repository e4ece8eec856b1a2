v = [1.0, 2.0]
println(v .+ 1)
# expect: [2.0, 3.0]
v + 1
# expect error: use `.+` to apply it to every element
