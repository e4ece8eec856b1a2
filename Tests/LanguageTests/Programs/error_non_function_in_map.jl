map(3, [1, 2])
# expect error: cannot call Int64; it is not a function
