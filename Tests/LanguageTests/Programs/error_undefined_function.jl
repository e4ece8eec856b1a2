x = [1.0, 2.0]
y = softplus(x)
# expect error: error at line 2, column 5: undefined variable `softplus`
