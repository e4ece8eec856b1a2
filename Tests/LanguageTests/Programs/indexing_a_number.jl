# A number is a 0-dimensional collection: x[1] is x, any other index a BoundsError.
x, y, b = 25, 2.5, true
println(x[1], " ", y[1, 1], " ", b[1])
# expect: 25 2.5 true
r = try
    x[2]
catch e
    e isa BoundsError
end
println(r)
# expect: true
