# The notebook's macros print what Julia 1.10 prints: @show writes the parsed
# expression (spaces around operators, 2x juxtaposed, (a - b) - c) and repr of the value.
x = 3
v = [1, 2, 3]
@show x
# expect: x = 3
@show x + 1 x^2 2x
# expect: x + 1 = 4
# expect: x ^ 2 = 9
# expect: 2x = 6
@show x - 1 - 1 v[end] length(v) "s"
# expect: (x - 1) - 1 = 1
# expect: v[end] = 3
# expect: length(v) = 3
# expect: "s" = "s"
y = @show(v .* 2)
# expect: v .* 2 = [2, 4, 6]
println(y)
# expect: [2, 4, 6]
@printf("%d|%5.2f|%-4s|%e|%x|%%\n", 42, pi, "ab", 12345.678, 255)
# expect: 42| 3.14|ab  |1.234568e+04|ff|%
s = @sprintf "%08.3f %+d %s" -2.5 7 v
println(s)
# expect: -002.500 +7 [1, 2, 3]
@printf "%5.1f|%-6f|\n" Inf NaN
# expect:   Inf|NaN   |
println(@isdefined(x), " ", @isdefined(undefined_name), " ", @isdefined sin)
# expect: true false true
@assert x == 3
@assert x > 0 "x must be positive"
@inbounds v[2] = 20
println(v)
# expect: [1, 20, 3]
z = [0.0, 0.0, 0.0]
w = [1.0, 2.0, 3.0]
@. z = 2w^2 + 1
println(z)
# expect: [3.0, 9.0, 19.0]
println(@. w < 2.5 < 3)
# expect: Bool[1, 1, 0]
t = @elapsed sum(1:10)
println(t isa Float64, " ", t >= 0)
# expect: true true
@assert x < 0
# expect error: AssertionError: x < 0
