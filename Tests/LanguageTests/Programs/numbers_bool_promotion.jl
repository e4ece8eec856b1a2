# Bool arithmetic keeps Julia's result types: a sum is an Int, a product or a power a Bool.
println(true^2, " ", false^0, " ", true ÷ true, " ", -true, " ", +true, " ", true & false, " ", true ⊻ true)
# expect: true true true -1 1 false false
println([true, false] .+ [true, true], " ", [true] .* [true], " ", typeof([true 2]), " ", [true, false] ./ 2)
# expect: [2, 1] Bool[1] Matrix{Int64} [0.5, 0.0]
b = [true, false]
b[2] = 1
println(b)
# expect: Bool[1, 1]
b[1] = 2
# expect error: line 10, column 1: InexactError
