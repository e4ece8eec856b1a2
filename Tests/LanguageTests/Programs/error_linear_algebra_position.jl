A = zeros(2, 2)
B = inv(A)
# expect error: error at line 2, column 5: inv: the matrix is singular
