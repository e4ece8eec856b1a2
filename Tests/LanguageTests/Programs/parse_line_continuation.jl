# A line ending in an operator continues; so does anything inside brackets.
total = 1 +
    2 +
    3
println(total)
# expect: 6
v = [1,
     2,
     3]
println(sum(v))
# expect: 6
r = max(4,
        9)
println(r)
# expect: 9
ok = true &&
    false
println(ok)
# expect: false
