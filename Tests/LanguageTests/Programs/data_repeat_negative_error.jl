println(repeat("-", 5))
# expect: -----
repeat([1, 2], -1)
# expect error: repeat: counts must be ≥ 0, got -1
