# `f(args) do x ... end` passes the block as f's first argument.
squares = map([1, 2, 3]) do v
    v^2
end
println(squares)
# expect: [1, 4, 9]
total = reduce([1, 2, 3, 4]; init=100) do acc, v
    acc + v
end
println(total)
# expect: 110
evens = filter(1:10) do n
    iseven(n)
end
println(evens)
# expect: [2, 4, 6, 8, 10]
