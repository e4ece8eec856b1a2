s = "Hello World"
println(lowercase(s), " ", uppercase(s), " ", length(s))
# expect: hello world HELLO WORLD 11
println(occursin("World", s), " ", startswith(s, "He"), " ", endswith(s, "x"))
# expect: true true false
println(split("a,b,c", ","), " ", reverse("abc"), " ", Symbol("name"))
# expect: SubString{String}["a", "b", "c"] cba name
println(filter(c -> c != 'l', s))
# expect: Heo Word
