v = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
println(mean(v), " ", var(v) ≈ 32 / 7, " ", std(v) ≈ sqrt(32 / 7))
# expect: 5.0 true true
# d var / dv_i = 2 (v_i - mean) / (n - 1)
println(grad(var)(v) ≈ 2 .* (v .- 5.0) ./ 7)
# expect: true
A = zeros(2, 2)
fill!(A, 3)
println(A, " ", similar(A), " ", typeof(similar([1, 2])))
# expect: [3.0 3.0; 3.0 3.0] [0.0 0.0; 0.0 0.0] Vector{Int64}
std([1.0])
# expect error: std: needs at least two values, got 1
