# 0//0 is Julia's ArgumentError; overflow is an OverflowError, never a wrong fraction.
try
    0//0
catch err
    println(typeof(err), " ", err)
end
# expect: ArgumentError ArgumentError("invalid rational: zero(Int64)//zero(Int64)")
h = typemax(Int) // 2
try
    h + h
catch err
    println(err isa OverflowError, " ", err)
end
# expect: true OverflowError("9223372036854775807 + 9223372036854775807 overflowed for type Int64")
try
    (h * 2)^2
catch err
    println(err isa OverflowError)
end
# expect: true
try
    1.5 // 2
catch err
    println(err isa MethodError)
end
# expect: true
v = [1//2, 1//3]
# expect error: line 27, column 5: arrays of rational numbers (Vector{Rational{Int64}}) are not supported yet
