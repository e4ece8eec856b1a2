# Julia's escapes in string and character literals (issue 12: `\a` and `\x` were
# syntax errors). Values from the Julia manual's Strings chapter.
println(Int('\a'), " ", Int('\b'), " ", Int('\f'), " ", Int('\v'), " ", Int('\e'), " ", Int('\0'))
# expect: 7 8 12 11 27 0
println(Int('\x7f'), " ", Int('\177'), " ", Int('\x7'), " ", Int('\12'), " ", Int('\u78'))
# expect: 127 127 7 10 120
println("\u2200 x \u2203 y", " ", "\u00410", " ", "\u{41}", " ", "\U41")
# expect: ∀ x ∃ y A0 A A
println("\xe2\x88\x80", " ", length("a\x00b"), " ", "\101\102", " ", "\x41BC")
# expect: ∀ 3 AB ABC
println("This is a long \
       line")
# expect: This is a long line
