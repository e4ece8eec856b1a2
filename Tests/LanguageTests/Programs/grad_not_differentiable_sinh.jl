g(x) = sum(sinh(x))
grad(g)([1.0])
# expect error: sinh is not differentiable yet
