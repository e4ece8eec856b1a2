# Commas make vectors, spaces make rows, semicolons and newlines stack rows.
v = [1, 2, 3]
println(typeof(v), " ", size(v))
# expect: Vector{Int64} (3,)
r = [1 2 3]
println(typeof(r), " ", size(r))
# expect: Matrix{Int64} (1, 3)
A = [1 2; 3 4]
println(A, " ", size(A))
# expect: [1 2; 3 4] (2, 2)
B = [1.0 2.0
     3.0 4.0]
println(B)
# expect: [1.0 2.0; 3.0 4.0]
println([1, 2.5], " ", [1 -2], " ", [1 - 2])
# expect: [1.0, 2.5] [1 -2] [-1]
println([1; 2; 3])
# expect: [1, 2, 3]
a = [1.0, 2.0]
b = [3.0, 4.0]
println([a; b], " ", [a b])
# expect: [1.0, 2.0, 3.0, 4.0] [1.0 3.0; 2.0 4.0]
println([a'; b'])
# expect: [1.0 2.0; 3.0 4.0]
