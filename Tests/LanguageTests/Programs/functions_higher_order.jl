apply_n(f, x, n) = n == 0 ? x : apply_n(f, f(x), n - 1)
println(apply_n(x -> 2x, 1, 10))
# expect: 1024
println(map(x -> x > 2 ? "big" : "small", [1, 3]))
# expect: ["small", "big"]
println(filter(p -> p[2] > 1, [(1, 1), (2, 2), (3, 3)]))
# expect: [(2, 2), (3, 3)]
println(reduce((a, b) -> a * 10 + b, [1, 2, 3]))
# expect: 123
println(sort([(2, "b"), (1, "z"), (3, "a")]; by = t -> t[2]))
# expect: [(3, "a"), (2, "b"), (1, "z")]
