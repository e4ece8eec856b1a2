x = [1.0, 2.0, 3.0]
println(x .+ 1, " ", 2 .* x, " ", x .^ 2, " ", 1 ./ x)
# expect: [2.0, 3.0, 4.0] [2.0, 4.0, 6.0] [1.0, 4.0, 9.0] [1.0, 0.5, 0.3333333333333333]
println(x .- [1.0, 1.0, 1.0])
# expect: [0.0, 1.0, 2.0]
# A column plus a row broadcasts to a matrix.
println([1, 2] .+ [10 20 30])
# expect: [11 21 31; 12 22 32]
println(x .> 1.5, " ", x .== 2.0)
# expect: Bool[0, 1, 1] Bool[0, 1, 0]
f(a, b) = a * b + 1
println(f.(x, 2))
# expect: [3.0, 5.0, 7.0]
println(abs.([-1, 2, -3]), " ", sqrt.([4.0, 9.0]))
# expect: [1, 2, 3] [2.0, 3.0]
println(max.(x, 2.0))
# expect: [2.0, 2.0, 3.0]
