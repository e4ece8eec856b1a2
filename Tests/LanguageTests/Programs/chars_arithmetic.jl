# Julia's Char arithmetic: Char - Char is an Int, Char ± Int and Int + Char are Chars.
println('x' - 'a', " ", 'A' + 1, " ", repr('a' + 2), " ", 1 + 'a', " ", 'b' - 1)
# expect: 23 B 'c' b a
println(map(c -> c + 1, ['a', 'y']), " ", 'é' - 'e')
# expect: ['b', 'z'] 132
'a' + -100
# expect error: is not a character (InexactError)
