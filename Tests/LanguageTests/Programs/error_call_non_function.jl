x = 5
x(3)
# expect error: cannot call Int64; it is not a function
