# `x .-= y` and `x .= y` write into the array x names, as Julia's broadcast! does, and
# convert to its element type.
A = [1.0, 2.0]
B = A
w = [A]
w[1] .-= 0.5
println(B, " ", w[1] === B)
# expect: [0.5, 1.5] true
d = Dict(:W => B)
d[:W] .= 0
println(A)
# expect: [0.0, 0.0]
n = [1, 2]
n .= [3.0, 4.0]
println(n, " ", typeof(n))
# expect: [3, 4] Vector{Int64}
try
    n .+= 0.5
catch
    println("InexactError")
end
println(n)
# expect: InexactError
# expect: [3, 4]
m = [1, 2]
m .+= [1 2]
# expect error: line 26, column 1: DimensionMismatch
