x = 5
x[1]
# expect error: cannot index into Int64
