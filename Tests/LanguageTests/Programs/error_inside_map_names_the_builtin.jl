# A function called by a builtin is traced to the builtin's call, not to "line 0".
g(x) = x[5]
ys = map(g, [[1, 2]])
# expect error: in g, called by map at line 3, column 6
