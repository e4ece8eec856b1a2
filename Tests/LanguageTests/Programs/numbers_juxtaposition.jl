# A number written against a name or a parenthesis multiplies.
h = 3
println(2h)
# expect: 6
println(2h + 1)
# expect: 7
println(3(h + 1))
# expect: 12
println(2h^2)
# expect: 18
x = 0.5
println(4x)
# expect: 2.0
