A = [1.0 2.0; 3.0 4.0]
x = [1.0, 1.0]
println(A * x)
# expect: [3.0, 7.0]
println(A * A)
# expect: [7.0 10.0; 15.0 22.0]
println(A')
# expect: [1.0 3.0; 2.0 4.0]
println(x' * x, " ", size(x'))
# expect: 2.0 (1, 2)
println(x * x')
# expect: [1.0 1.0; 1.0 1.0]
W = ones(3, 2)
println(size(W * A), " ", size(W'))
# expect: (3, 2) (2, 3)
println(2A - A)
# expect: [1.0 2.0; 3.0 4.0]
println(A / 2)
# expect: [0.5 1.0; 1.5 2.0]
