# x::T asserts the type: a value of another type is Julia's TypeError.
y = (1 + 2)::Integer
println(y)
# expect: 3
(1 + 2)::AbstractFloat
# expect error: TypeError: in typeassert, expected AbstractFloat, got a value of type Int64
