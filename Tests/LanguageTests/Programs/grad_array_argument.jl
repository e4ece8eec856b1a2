# The gradient of sum(w .* w) is 2w, in the shape of w.
h(w) = sum(w .* w)
println(grad(h)([1.0, 2.0, 3.0]))
# expect: [2.0, 4.0, 6.0]
A = [1.0 2.0; 3.0 4.0]
println(grad(h)(A))
# expect: [2.0 4.0; 6.0 8.0]
# mean spreads the gradient evenly.
println(grad(w -> mean(w))([5.0, 7.0, 9.0, 1.0]))
# expect: [0.25, 0.25, 0.25, 0.25]
