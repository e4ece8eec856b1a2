# map over characters gives characters; over a string it gives a string, as in Julia.
println(map(c -> c, ['a', 'y']))
# expect: ['a', 'y']
println(map(c -> 'q', [1, 2]))
# expect: ['q', 'q']
println(map(c -> c, ('a', 'b')))
# expect: ('a', 'b')
println(map(c -> c == 'b' ? 'B' : c, "abc"))
# expect: aBc
map(c -> 1, "abc")
# expect error: requires f to return a Char
