# Julia's v' * w is a number. Outside grad ours is too; inside grad a tracked vector
# has no Adjoint wrapper yet, so its adjoint is refused rather than giving [11.0].
w = [3.0, 4.0]
println([1.0, 2.0]' * w)
# expect: 11.0
println(value_and_grad(x -> dot(x, w))([1.0, 2.0]))
# expect: (11.0, [3.0, 4.0])
f(x) = x' * w
value_and_grad(f)([1.0, 2.0])
# expect error: the adjoint of a vector inside grad is not supported yet
