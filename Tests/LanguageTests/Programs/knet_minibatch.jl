# Knet's minibatch: batches along the last dimension; a short last batch only with partial.
using Knet
x = reshape(collect(1:12), 2, 6)
y = [10, 20, 30, 40, 50, 60]
d = minibatch(x, y, 4)
println(length(d), " ", length(minibatch(x, y, 4; partial=true)), " ", length(minibatch(x, y, 7)))
# expect: 1 2 0
for (a, b) in minibatch(x, y, 4; partial=true)
    println(a, " ", b)
end
# expect: [1 3 5 7; 2 4 6 8] [10, 20, 30, 40]
# expect: [9 11; 10 12] [50, 60]
println(collect(minibatch(collect(1:5), 2)))
# expect: [[1, 2], [3, 4]]
f = minibatch(reshape(collect(1.0:6.0), 1, 2, 3), [1, 2, 3], 2; xtype = Array{Float64})
x1, y1 = first(f)
println(size(x1), " ", x1[:, :, 2], " ", y1, " ", eltype(x1))
# expect: (1, 2, 2) [3.0 4.0] [1, 2] Float64
# Shuffled batches hold every instance once per pass.
s = minibatch(collect(1:6), 3; shuffle=true)
println(sort(vcat(collect(s)...)))
# expect: [1, 2, 3, 4, 5, 6]
# Float64 data makes Knet's default Float32 batches.
xb, yb = first(minibatch([0.1 0.2 0.3 0.4], [1, 2, 3, 4], 2))
println(summary(xb), " ", xb, " ", yb)
# expect: 1×2 Matrix{Float32} Float32[0.1 0.2] [1, 2]
mean(xb)
# expect error: line 27, column 1: mean(::Matrix{Float32}) is not supported
