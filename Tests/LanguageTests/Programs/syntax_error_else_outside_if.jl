x = 1
else
# expect error: syntax error at line 2, column 1: unexpected `else` outside an `if` block
