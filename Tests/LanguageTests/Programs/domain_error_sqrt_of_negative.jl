# sqrt and log of a negative real throw a DomainError, as Julia does, instead of NaN.
r = try
    sqrt(-4)
catch
    "caught"
end
println(r)
# expect: caught
println(sqrt(4), " ", log(1), " ", log(0))
# expect: 2.0 0.0 -Inf
try
    log(-1.0)
catch
    println("log caught")
end
# expect: log caught
sqrt.([4.0, -1.0])
# expect error: DomainError with -1.0: sqrt was called with a negative real argument
