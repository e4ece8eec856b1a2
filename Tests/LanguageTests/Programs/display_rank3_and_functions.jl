display(reshape(collect(1.0:8.0), 2, 2, 2))
# expect: 2×2×2 Array{Float64, 3}:
# expect: [:, :, 1] =
# expect:  1.0  3.0
# expect:  2.0  4.0
# expect:
# expect: [:, :, 2] =
# expect:  5.0  7.0
# expect:  6.0  8.0
f(x) = x
f(x, y) = x + y
display(f)
# expect: f (generic function with 2 methods)
display(1e-10)
# expect: 1.0e-10
display(-0.5)
# expect: -0.5
display(2 + 3im)
# expect: 2 + 3im
