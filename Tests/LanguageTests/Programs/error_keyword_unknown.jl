f(x; lr=0.1) = x * lr
f(1; momentum=0.9)
# expect error: f has no keyword argument `momentum` (it takes `lr`)
