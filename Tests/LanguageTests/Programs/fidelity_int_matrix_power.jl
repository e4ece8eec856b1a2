# An Int matrix to a non-negative integer power stays an Int matrix.
A = [1 2; 3 4]
println(A^2)
# expect: [7 10; 15 22]
println(typeof(A^2), " ", typeof(A^0), " ", typeof([1.0 0; 0 1]^3))
# expect: Matrix{Int64} Matrix{Int64} Matrix{Float64}
