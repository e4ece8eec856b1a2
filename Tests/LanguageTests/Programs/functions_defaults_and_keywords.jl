function train(x, epochs=3; lr=0.1, verbose=false)
    verbose && println("training")
    x * epochs * lr
end
println(train(10))
# expect: 3.0
println(train(10, 2; lr=0.5))
# expect: 10.0
println(train(1, 1, lr=2.0, verbose=true))
# expect: training
# expect: 2.0
lr = 1.0
println(train(4, 1; lr))
# expect: 4.0
