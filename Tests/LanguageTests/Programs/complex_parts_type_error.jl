# real of a string is a clear error, not a trap.
real("a")
# expect error: real: expected a number
