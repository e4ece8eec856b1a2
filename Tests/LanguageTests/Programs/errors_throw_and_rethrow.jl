# throw raises an exception a program built; catch binds it as it is; rethrow passes it on.
checked(x) = x >= 0 ? sqrt(x) : throw(DomainError(x, "x must be non-negative"))
try
    checked(-2)
catch err
    println(typeof(err), " ", err.val, " ", err.msg, " ", err isa DomainError, " ", err isa Exception)
    println(err)
end
# expect: DomainError -2 x must be non-negative true true
# expect: DomainError(-2, "x must be non-negative")
try
    throw(ArgumentError("bad"))
catch e
    println(e, " ", e.msg, " ", e isa ErrorException)
end
# expect: ArgumentError("bad") bad false
r = try
    try
        error("inner")
    catch e
        println("first: ", e.msg)
        rethrow()
    end
catch e
    "second: " * e.msg
end
println(r)
# expect: first: inner
# expect: second: inner
try
    throw(42)
catch e
    println(e + 1)
end
# expect: 43
try
    throw(KeyError(:k))
catch e
    println(e isa KeyError, " ", e.key, " ", e)
end
# expect: true k KeyError(:k)
function second(v)
    try
        v[2]
    catch e
        e isa BoundsError ? 0 : rethrow()
    end
end
println(second([1, 7]), " ", second([1]))
# expect: 7 0
rethrow()
# expect error: line 51, column 1: rethrow() not allowed outside a catch block
