# An error raised by a builtin on a function it calls points at the builtin's call.
xs = [1, 2]
ys = map((a, b) -> a, xs)
# expect error: error at line 3, column 6: #
