# A written type dispatch cannot decide is refused, not ignored.
f(x::Union{Int, Float64}) = 1
println(f(2), " ", f(2.5))
# expect: 1 1
g(x::Vector{<:Real}) = 1
g([1])
# expect error: the type `Vector{<:Real}` is not supported in dispatch
