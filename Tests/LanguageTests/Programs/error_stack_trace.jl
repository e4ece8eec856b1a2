function inner(v)
    v[10]
end
function outer(v)
    inner(v) + 1
end
outer([1, 2])
# expect error: line 2, column 5: index [10] is out of range for shape (2,) (indices shown 1-based)
