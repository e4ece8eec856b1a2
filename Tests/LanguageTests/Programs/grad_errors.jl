f(x) = x .* 2
grad(f)([1.0, 2.0])
# expect error: must return a single number (the loss), but returned 2-element Vector{Float64}
