a = [1.0, 2.0]
a * a
# expect error: cannot multiply two vectors with `*`; use `dot(a, b)`
