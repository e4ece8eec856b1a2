# Integer overflow stops with an error instead of wrapping around.
big = 2^62
println(big)
# expect: 4611686018427387904
y = big * 4
# expect error: integer overflow
