# `::Type` annotations are accepted (and not checked yet).
function scale(x::Float64, k::Int=2)::Float64
    x * k
end
println(scale(1.5), " ", scale(1.5, 3))
# expect: 3.0 4.5
y::Float64 = 2.5
println(y)
# expect: 2.5
