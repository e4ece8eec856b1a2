g(x) = sum(sin(x))
grad(g)([1.0])
# expect error: sin is not differentiable yet
