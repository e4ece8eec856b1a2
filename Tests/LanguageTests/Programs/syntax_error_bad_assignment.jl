1 + 2 = 3
# expect error: cannot assign to this expression
