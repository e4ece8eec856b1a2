function f(x)
    x + 1
# expect error: expected `end` to close `function` from line 1, column 1
