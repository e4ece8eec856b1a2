# A written type dispatch cannot decide is refused, not ignored.
f(x::Union{Int, Float64}) = 1
f(2)
# expect error: the type `Union{Int,Float64}` is not known here
