# A comprehension or generator over a matrix has the matrix's shape; over two ranges, a matrix.
A = [1 2; 3 4]
println([x + 1 for x in A], " ", map(x -> x^2, (i + j for i in 1:2, j in 1:2)), " ", collect(x for x in A))
# expect: [2 3; 4 5] [4 9; 9 16] [1 2; 3 4]
println(map(x -> x + 1, (x for x in A)), " ", [x for x in A if x > 1], " ", sum(x for x in A))
# expect: [2 3; 4 5] [3, 2, 4] 10
println(size([i + j + k for i in 1:2, j in 1:3, k in 1:4]), " ", [10i + j for i in 1:2, j in 1:3])
# expect: (2, 3, 4) [11 12 13; 21 22 23]
