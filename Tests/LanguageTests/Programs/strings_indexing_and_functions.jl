s = "recurrent"
println(s[1], " ", s[end], " ", s[2:4])
# expect: r t ecu
println(uppercase(s), " ", 'x')
# expect: RECURRENT x
println(length(split("a b  c")), " ", split("a,b", ",")[2])
# expect: 3 b
println(join([1, 2, 3], ", "))
# expect: 1, 2, 3
println("cur" in s, " ", 'z' in s)
# expect: true false
println(repr("q\"uote"))
# expect: "q\"uote"
