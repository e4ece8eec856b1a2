A = ones(2, 3)
println(A[2, 3])
# expect: 1.0
A[3, 1]
# expect error: index [3, 1] is out of range for shape (2, 3)
