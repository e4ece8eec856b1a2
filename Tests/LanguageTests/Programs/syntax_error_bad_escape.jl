s = "bad \q escape"
# expect error: syntax error at line 1, column 10: unknown escape `\q` in a string
