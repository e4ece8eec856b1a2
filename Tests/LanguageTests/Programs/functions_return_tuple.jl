function minmax(v)
    return minimum(v), maximum(v)
end
lo, hi = minmax([3, 1, 4, 1, 5])
println(lo, " ", hi)
# expect: 1 5
r = minmax([2.5])
println(r)
# expect: (2.5, 2.5)
function nothing_back()
    return
end
println(nothing_back())
# expect: nothing
