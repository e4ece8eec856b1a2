v = [1.0, 2.0]
v[1.0]
# expect error: indices must be integers, got the Float64 1.0
