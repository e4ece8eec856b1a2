# Julia's flattening `for ... for ...` comprehension is not supported yet.
v = [(i, j) for i in 1:2 for j in 1:1]
# expect error: syntax error at line 2, column 26: expected `]` to close the comprehension from line 2, column 5
