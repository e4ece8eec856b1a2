a, b, c = (1, 2)
# expect error: cannot unpack Tuple{Int64, Int64} into 3 variables
