n = 99999999999999999999
# expect error: syntax error at line 1, column 5: integer literal `99999999999999999999` is too large
