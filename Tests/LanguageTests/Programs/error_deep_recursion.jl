forever(n) = forever(n + 1)
forever(1)
# expect error: too many nested calls
