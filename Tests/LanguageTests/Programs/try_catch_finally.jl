# try/catch/finally; the caught error is Julia's exception object, its message in .msg.
r = try
    error("boom")
catch e
    "caught: " * e.msg
end
println(r)
# expect: caught: boom
function first_or_default(v)
    try
        return v[1]
    catch
        return 0
    finally
        println("checked")
    end
end
println(first_or_default([7]), " ", first_or_default(Float64[]))
# expect: checked
# expect: checked
# expect: 7 0
try
    [1, 2][5]
catch err
    println(err)
end
# expect: BoundsError([1, 2], (5,))
# Without catch, the error continues after finally runs.
try
    undefined_name
finally
    println("finally ran")
end
# expect: finally ran
# expect error: undefined variable `undefined_name`
