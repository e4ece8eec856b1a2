# A function defined inside another is local to it; the global one is untouched.
helper(x) = "global helper"
function outer()
    helper(x) = "local helper"
    helper(1)
end
println(outer(), " / ", helper(1))
# expect: local helper / global helper
# Builtins can gain methods: a two-argument `sum` of our own keeps the builtin one.
sum(a, b) = a + b
println(sum(2, 3), " ", sum([1, 2, 3]))
# expect: 5 6
