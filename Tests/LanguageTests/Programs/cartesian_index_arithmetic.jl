# CartesianIndex arithmetic, as Julia's: I ± J of one dimension, I * n and n * I.
i = CartesianIndex(2, 3)
println(i + CartesianIndex(1, 1), " ", i - CartesianIndex(1, 1), " ", 2i, " ", i * 3)
# expect: CartesianIndex(3, 4) CartesianIndex(1, 2) CartesianIndex(4, 6) CartesianIndex(6, 9)
println(findfirst(isequal(CartesianIndex(1, 2)), [i, CartesianIndex(1, 2)]))
# expect: 2
i + CartesianIndex(1, 1, 1)
# expect error: no method + for CartesianIndex{2} and CartesianIndex{3} (MethodError)
