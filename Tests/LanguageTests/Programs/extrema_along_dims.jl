# argmax/argmin/findmax/findmin with dims on a matrix, as Julia's: NaN wins, -0.0 is below 0.0, the first of equals wins.
println(argmin([0.0 -0.0; NaN 1.0], dims=1), " ", argmax([NaN 2.0 NaN], dims=2), " ", argmax([3 3; 1 1], dims=1))
# expect: CartesianIndex{2}[CartesianIndex(2, 1) CartesianIndex(1, 2)] CartesianIndex{2}[CartesianIndex(1, 1);;] CartesianIndex{2}[CartesianIndex(1, 1) CartesianIndex(1, 2)]
display(argmax([1 2; 30 4; 5 60], dims=2))
# expect: 3×1 Matrix{CartesianIndex{2}}:
# expect:  CartesianIndex(1, 2)
# expect:  CartesianIndex(2, 1)
# expect:  CartesianIndex(3, 2)
println(argmax([1 2; 3 4], dims=1) .== argmax([0 9; 5 1], dims=1))
# expect: Bool[1 0]
argmax([1, 2, 3], dims=1)
# expect error: with dims is supported for a matrix only
