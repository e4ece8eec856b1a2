A = ones(2, 3)
B = ones(2, 3)
C = A * B
# expect error: matrix multiply: shapes (2, 3) and (2, 3) do not match
