# Float32 values in the places a program puts numbers (a seed for the language fuzzer):
# literals, promotion with every other number type, arrays, broadcasts, indexing,
# tuples and a refused function.
a = 1.5f-3
b = Float32(2) * a + 1
c = [a, b, 3]
c[2] = -0.0
d = c .* 2f0 .- true
println((a, b), " ", c, " ", d, " ", typeof(d), " ", d[end] ≈ 5)
# expect: (0.0015f0, 1.003f0) Float32[0.0015, -0.0, 3.0] Float32[-0.997, -1.0, 5.0] Vector{Float32} true
println(sum(d), " ", minimum(d))
# expect error: line 11, column 22: minimum(::Vector{Float32}) is not supported
