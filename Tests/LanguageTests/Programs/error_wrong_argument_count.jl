f(a, b) = a + b
f(1)
# expect error: f takes 2 arguments, but was given 1
