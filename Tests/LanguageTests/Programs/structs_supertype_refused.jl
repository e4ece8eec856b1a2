struct Circle <: Shape
    r
end
# expect error: line 1, column 1: a struct's supertype (`struct Circle <: ...`) is not supported
