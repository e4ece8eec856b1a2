# A function defined inside another is local to it; the global one is untouched.
helper(x) = "global helper"
function outer()
    helper(x) = "local helper"
    helper(1)
end
println(outer(), " / ", helper(1))
# expect: local helper / global helper
# A builtin gains methods through Base.: a two-argument `sum` of our own keeps the builtin one.
Base.sum(a, b) = a + b
println(sum(2, 3), " ", sum([1, 2, 3]))
# expect: 5 6
