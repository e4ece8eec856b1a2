# let blocks and comprehensions are hard scopes: assigning makes a local, the global stays.
x = 1
let
    x = 2
end
println(x)
# expect: 1
y = 10
v = [(y = i; y) for i in 1:3]
println(v, " ", y)
# expect: [1, 2, 3] 10
# Loops and try are soft: at the top level they update existing globals...
z = 0
try
    z = 5
catch
end
println(z)
# expect: 5
# ...and names first assigned inside them stay inside.
try
    fresh = 1
catch
end
println(fresh)
# expect error: undefined variable `fresh`
