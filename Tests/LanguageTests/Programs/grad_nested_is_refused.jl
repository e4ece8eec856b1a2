# Nested gradients are not supported yet: grad(grad(sin))(1) must say so, never return
# 0.0 (Julia with AutoGrad gives -0.8414709848078965).
println(grad(sin)(1.0) == cos(1.0))
# expect: true
grad(grad(sin))(1)
# expect error: nested gradients
