square(x) = x^2
square(1, 2)
# expect error: square takes 1 argument, but was given 2
