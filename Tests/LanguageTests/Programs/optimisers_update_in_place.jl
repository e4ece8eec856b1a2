# Optimisers write into the parameter arrays: every name for an array sees the step,
# and a copy taken before does not.
w = [1.0, 2.0]
alias = w
before = copy(w)
opt = adagrad(lr=0.1)
update!(Any[w], Any[[0.5, -2.0]], opt)
println(w, " ", alias === w, " ", before)
# expect: [0.900000002, 2.0999999995] true [1.0, 2.0]
# An Int array becomes a Float64 one, as after any update.
k = [1, 2]
sgd!(k, [1.0, 1.0]; lr=0.5)
println(k)
# expect: [0.5, 1.5]
# An array listed twice takes both steps of sgd!, one after the other.
a = [1.0]
sgd!(Any[a, a], Any[[1.0], [2.0]]; lr=1.0)
println(a)
# expect: [-2.0]
# A failed update leaves the parameters as they were.
m = [1.0 2.0]
try
    update!(m, [1.0, 2.0, 3.0], adagrad())
catch e
    println("error")
end
println(m)
# expect: error
# expect: [1.0 2.0]
