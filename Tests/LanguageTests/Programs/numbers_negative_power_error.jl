println(2^-1)
# expect error: negative power
