# `::Type` annotations on parameters, defaults and the return type parse and are used:
# the return type converts (x * k is already a Float64 here).
function scale(x::Float64, k::Int=2)::Float64
    x * k
end
println(scale(1.5), " ", scale(1.5, 3))
# expect: 3.0 4.5
