println("cost: $")
# expect error: expected a name or `(` after `$` in a string
