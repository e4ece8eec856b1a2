function inner(v)
    v[10]
end
function outer(v)
    inner(v) + 1
end
outer([1, 2])
# expect error: line 2, column 5: BoundsError: attempt to access 2-element Vector{Int64} at index [10]
