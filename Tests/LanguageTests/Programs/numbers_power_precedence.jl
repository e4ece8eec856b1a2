# ^ binds tighter than unary minus and groups to the right.
println(-2^2)
# expect: -4
println((-2)^2)
# expect: 4
println(2^3^2)
# expect: 512
println(2.0^-1)
# expect: 0.5
println(-2^-2.0)
# expect: -0.25
