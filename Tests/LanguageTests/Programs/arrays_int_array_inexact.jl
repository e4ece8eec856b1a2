v = [1, 2, 3]
v[1] = 7
println(v)
# expect: [7, 2, 3]
v[2] = 2.5
# expect error: InexactError
