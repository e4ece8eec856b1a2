s = "recurrent"
println(s[1], " ", s[end], " ", s[2:4])
# expect: r t ecu
println(uppercase(s), " ", 'x')
# expect: RECURRENT x
println(split("a b  c"))
# expect: Any["a", "b", "c"]
println(join([1, 2, 3], ", "))
# expect: 1, 2, 3
println("cur" in s, " ", 'z' in s)
# expect: true false
println(repr("q\"uote"))
# expect: "q\"uote"
