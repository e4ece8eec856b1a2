println([1, 2, 3] |> (v -> v .* 2) |> sum)
# expect: 12
compose(f, g) = x -> f(g(x))
inc(x) = x + 1
dbl(x) = 2x
println(compose(inc, dbl)(5), " ", compose(dbl, inc)(5))
# expect: 11 12
apply_twice(f, x) = f(f(x))
println(apply_twice(x -> x^2, 3))
# expect: 81
k = () -> 42
println(k())
# expect: 42
