function inner(v)
    v[10]
end
outer(v) = inner(v) + 1
try_it() = outer([1, 2])
try_it()
# expect error: in inner, called from line 4, column 12
