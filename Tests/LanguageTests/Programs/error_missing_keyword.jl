train(; lr) = lr * 2
println(train(lr=0.5))
# expect: 1.0
train()
# expect error: train needs the keyword argument `lr`
