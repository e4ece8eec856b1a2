# Float64 array arithmetic, which runs on a fast path straight to the engine: the same
# results, element types and errors as the general operators (Julia 1.10's outputs).
a = [1.0, 2.0, 3.0]
b = [0.5, 0.25, 2.0]
println(a + b, " ", a - b, " ", a .* b, " ", a ./ b)
# expect: [1.5, 2.25, 5.0] [0.5, 1.75, 1.0] [0.5, 0.5, 6.0] [2.0, 8.0, 1.5]
println(2.0 .* a, " ", a ./ 2.0, " ", 1.0 .- a, " ", a .+ 0.5)
# expect: [2.0, 4.0, 6.0] [0.5, 1.0, 1.5] [0.0, -1.0, -2.0] [1.5, 2.5, 3.5]
M = [1.0 2.0; 3.0 4.0]
println(M * [1.0, 1.0], " ", [1.0 1.0] * M, " ", M * M)
# expect: [3.0, 7.0] [4.0 6.0] [7.0 10.0; 15.0 22.0]
println(typeof(a + b), " ", typeof(M * a[1:2]), " ", typeof([1, 2] .+ [0.5, 0.5]))
# expect: Vector{Float64} Vector{Float64} Vector{Float64}
x = [1.0, 2.0]
y = x
y = y .+ 1.0
println(x, " ", y)
# expect: [1.0, 2.0] [2.0, 3.0]
a * b
# expect error: cannot multiply two vectors with `*`
