# deepcopy copies an Adjoint together with its parent, once (Julia's IdDict), so the
# copies share memory as the originals do; float of a Float64 array is that array.
A = [1 2; 3 4]
t = deepcopy((A, A'))
t[1][1, 1] = 9
println(t[2], " ", A)
# expect: [9 3; 2 4] [1 2; 3 4]
M = [1.0 2.0; 3.0 4.0]
d = deepcopy((M, vec(M)))
d[2][1] = 0.0
println(d[1], " ", M)
# expect: [1.0 2.0; 3.0 4.0] [1.0 2.0; 3.0 4.0]
v = [1.0, 2.0]
w = float(v)
w[1] = 9
println(v, " ", w === v)
# expect: [9.0, 2.0] true
