println("tab\tend", " ", "quote\"", " ", "back\\slash", " ", "\u{3b1}")
# expect: tab	end quote" back\slash α
s = """
    two
    lines"""
println(length(split(s, "\n")))
# expect: 2
println("a" < "b", " ", "abc" == "abc", " ", "x" * string(1))
# expect: true true x1
println(repr("a\nb"), " ", repr('\n'))
# expect: "a\nb" '\n'
