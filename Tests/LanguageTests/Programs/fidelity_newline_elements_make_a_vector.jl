# Elements on separate lines stack like `;`: single numbers make a Vector, rows a Matrix.
x = [1
     2
     3]
println(typeof(x), " ", x)
# expect: Vector{Int64} [1, 2, 3]
y = [0.5
     x]
println(y)
# expect: [0.5, 1.0, 2.0, 3.0]
println([1 2; 3 4] == [1 2
                       3 4], " ", size([x
x]))
# expect: true (6,)
z = [
    1:2
]
println(typeof(z))
# expect: Vector{UnitRange{Int64}}
