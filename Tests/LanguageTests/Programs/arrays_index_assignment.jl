A = zeros(2, 3)
A[1, 2] = 5
A[2, :] = [1.0, 2.0, 3.0]
A[:, 3] .= 9
println(A)
# expect: [0.0 5.0 9.0; 1.0 2.0 9.0]
h = zeros(2, 3)
for t in 1:3
    h[:, t] = [t, 10t]
end
println(h)
# expect: [1.0 2.0 3.0; 10.0 20.0 30.0]
w = Any[[1.0, 2.0], [3.0 4.0]]
g = Any[[0.5, 0.5], [1.0 1.0]]
lr = 0.1
for i in 1:length(w)
    w[i] -= lr * g[i]
end
println(w)
# expect: Any[[0.95, 1.95], [2.9 3.9]]
w[2][1, 2] = 0.0
println(w[2])
# expect: [2.9 0.0]
