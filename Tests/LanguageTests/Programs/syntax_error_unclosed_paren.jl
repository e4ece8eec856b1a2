x = 1
y = (x + 2
z = 3
# expect error: syntax error at line 3, column 1: expected `)` to close `(` from line 2, column 5, found `z`
