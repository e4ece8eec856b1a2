# A nested `for` in a comprehension needs its own loop variable and collection.
v = [(i, j) for i in 1:2 for]
# expect error: syntax error at line 2, column 29: expected a loop variable name, found `]`
