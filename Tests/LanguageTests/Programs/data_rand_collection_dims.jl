# rand(collection, dims...) fills an array with picks; integer ranges give Int64 arrays.
srand(7)
v = rand(1:6, 600)
println(typeof(v), " ", size(v), " ", all(1 .<= v .<= 6), " ", sort(unique(v)))
# expect: Vector{Int64} (600,) true [1, 2, 3, 4, 5, 6]
M = rand([0.5, 1.5], 2, 3)
println(typeof(M), " ", size(M), " ", all(x -> x == 0.5 || x == 1.5, M))
# expect: Matrix{Float64} (2, 3) true
w = rand(["a", "b"], 4)
println(length(w), " ", all(x -> x == "a" || x == "b", w))
# expect: 4 true
println(typeof(rand(1:3)), " ", size(rand(1:3, (2, 2))))
# expect: Int64 (2, 2)
rand(1:0, 3)
# expect error: rand: cannot pick from an empty collection
