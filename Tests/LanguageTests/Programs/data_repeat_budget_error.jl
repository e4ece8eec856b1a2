# A huge repeat is refused by the element budget before anything is allocated.
repeat("abc", 4611686018427387904)
# expect error: refusing to make a string too long to count
