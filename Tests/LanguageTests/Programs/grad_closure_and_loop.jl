# Closures over data, loops and indexing into parameters all record on the tape.
data = [1.0, 2.0, 3.0]
target = [2.0, 4.0, 6.0]
sqerr(a) = begin
    s = 0.0
    for i in 1:length(data)
        s += (a[1] * data[i] + a[2] - target[i])^2
    end
    s
end
# At a = (2, 0) the fit is exact and the gradient vanishes.
println(grad(sqerr)([2.0, 0.0]))
# expect: [0.0, 0.0]
# At a = (0, 0): d/da1 = sum(2(-t_i) d_i) = -56, d/da2 = sum(2(-t_i)) = -24.
println(grad(sqerr)([0.0, 0.0]))
# expect: [-56.0, -24.0]
