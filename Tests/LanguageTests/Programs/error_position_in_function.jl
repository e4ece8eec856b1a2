function loss(w, x)
    y = w * x
    return sum(y)
end
loss(ones(2, 3), ones(2))
# expect error: error at line 2, column 9: matrix multiply: shapes (2, 3) and (2,) do not match
