for (i, x) in enumerate([10, 20, 30])
    println(i, " => ", x)
end
# expect: 1 => 10
# expect: 2 => 20
# expect: 3 => 30
for (a, b) in zip([1, 2, 3], ["one", "two", "three"])
    println(a, " ", b)
end
# expect: 1 one
# expect: 2 two
# expect: 3 three
for w in Any[[1, 2], "text", :sym]
    println(typeof(w))
end
# expect: Vector{Int64}
# expect: String
# expect: Symbol
A = [1 2; 3 4]
for c in eachcol(A)
    println(c)
end
# expect: [1, 3]
# expect: [2, 4]
for c in "abc"
    print(c, ".")
end
println()
# expect: a.b.c.
