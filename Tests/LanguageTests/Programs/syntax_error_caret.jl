a = 1
b = 2 +* 3
# expect error: syntax error at line 2, column 8: expected an expression, found `*`
