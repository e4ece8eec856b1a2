# An error Julia would raise is caught; something the notebook cannot do is not, since
# running the handler instead would print a different answer than Julia.
x = try
    [1, 2][5]
catch
    0
end
println(x)
# expect: 0
try
    [1 // 2]
catch
    println("the handler must not run")
end
# expect error: line 11, column 5: arrays of rational numbers (Vector{Rational{Int64}}) are not supported yet
