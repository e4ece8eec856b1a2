# Case mapping of characters whose full Unicode mapping is several characters used to
# trap (Swift cannot make one Character of "SS"); Julia maps each Char by Unicode's
# simple mapping, which keeps ß, ŉ, ǰ and ﬁ, lowercases İ to i and uppercases ᾳ to ᾼ.
println(uppercase('ß'), " ", titlecase('ß'), " ", uppercase('ŉ'), " ", uppercase('ǰ'), " ", uppercase('ﬁ'), " ", lowercase('İ'), " ", uppercase('ᾳ'))
# expect: ß ß ŉ ǰ ﬁ i ᾼ
println(uppercase("ßŉǰﬁ"), " ", lowercase("İ"), " ", titlecase("ﬁsh ßig"), " ", uppercasefirst("ßa"), " ", lowercasefirst("İx"))
# expect: ßŉǰﬁ i ﬁsh ßig ßa ix
# A string is code points: lpad pads to a textwidth, and a combining accent takes none.
println(lpad("e\u0301", 3, '*') == "**e\u0301", " ", rpad("ab", 4, "xy"), " ", lpad("x", 4, "ab"))
# expect: true abxy abax
println(lpad("日本", 5))
# expect error: line 11, column 9: lpad of text with the character U+65E5 is not supported
