w = [1.0, 2.0]
g = [0.5, -1.0]
sgd!(w, g; lr=0.1)
println(w)
# expect: [0.95, 2.1]
ws = Any[[1.0], [2.0 3.0]]
sgd!(ws, Any[[1.0], [1.0 1.0]]; lr=0.5)
println(ws)
# expect: Any[[0.5], [1.5 2.5]]
gs = Any[[3.0], [4.0]]
println(clip!(gs, 1.0), " ", gs)
# expect: 5.0 Any[[0.6000000000000001], [0.8]]
opt = sgd(lr=0.5)
v = [1.0]
update!(v, [2.0], opt)
println(v)
# expect: [0.0]
