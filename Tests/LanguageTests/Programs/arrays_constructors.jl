println(zeros(2), " ", ones(1, 2), " ", fill(7, 2), " ", fill(0.5, 2, 1))
# expect: [0.0, 0.0] [1.0 1.0] [7, 7] [0.5; 0.5;;]
println(zeros(Int, 2), " ", size(zeros((2, 3))))
# expect: [0, 0] (2, 3)
srand(1)
a = rand(3)
srand(1)
b = rand(3)
println(a == b, " ", all(0 .<= a .< 1), " ", size(randn(2, 5)))
# expect: true true (2, 5)
println(collect(1:4), " ", collect(0:0.5:1))
# expect: [1, 2, 3, 4] [0.0, 0.5, 1.0]
println(range(0, 1; length=5))
# expect: 0.0:0.25:1.0
