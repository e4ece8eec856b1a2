# catch binds the exception as an object of Julia's type: typeof, isa, .msg and its
# printed form are Julia's for error(...) and @assert.
try
    error("something went wrong")
catch err
    println(typeof(err), " ", err isa ErrorException, " ", err isa Exception, " ", err.msg)
    println(err)
    println(repr(err))
end
# expect: ErrorException true true something went wrong
# expect: ErrorException("something went wrong")
# expect: ErrorException("something went wrong")
try
    [1, 2, 3][4]
catch err
    println(err isa BoundsError, " ", err isa ErrorException, " ", typeof(err))
end
# expect: true false BoundsError
try
    1 ÷ 0
catch err
    println(err)
end
# expect: DivideError()
try
    @assert 1 > 2
catch err
    println(err, " ", err.msg)
end
# expect: AssertionError("1 > 2") 1 > 2
try
    undefined_thing + 1
catch err
    println(err)
end
# expect: UndefVarError(:undefined_thing)
