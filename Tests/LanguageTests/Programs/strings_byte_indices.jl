# Strings index by UTF-8 byte, as Julia's: an index must start a character, end is the
# last character's first byte, and s[a:b] runs through b's whole character.
s = "\u2200 x \u2203 y"
println(s[1], " ", s[4], " ", s[end], " ", s[1:4], " ", s[6:7], " ", "abc"[2:3])
# expect: ∀   y ∀   ∃ bc
println(s[2])
# expect error: StringIndexError: invalid index [2], valid nearby indices [1]=>'∀', [4]=>' '
