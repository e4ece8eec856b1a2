# inv of a number is its reciprocal, not a 1×1 matrix.
println(inv(2), " ", inv(4.0), " ", inv(-0.5))
# expect: 0.5 0.25 -2.0
println(typeof(inv(2)))
# expect: Float64
