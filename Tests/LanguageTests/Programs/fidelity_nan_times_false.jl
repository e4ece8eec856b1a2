# A Bool is a strong zero in Julia: false times anything finite or not is a zero of the float's sign.
println(NaN * false, " ", false * Inf, " ", false * -2.0, " ", true * 2.5)
# expect: 0.0 0.0 -0.0 2.5
println([NaN, 1.0] .* [false, true], " ", [NaN] * false)
# expect: [0.0, 1.0] [0.0]
println(true + true, " ", true * true, " ", true - false)
# expect: 2 true 1
