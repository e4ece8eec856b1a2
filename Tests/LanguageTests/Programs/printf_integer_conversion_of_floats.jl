# Julia's Printf formats a float given to %d, %i, %x or %o as %.0f with the same flags
# and width (`fmt(buf, pos, arg::AbstractFloat, spec::Spec{<:Ints}) = fmt(..., floatfmt(spec))`
# in stdlib/Printf), so a whole float prints as the integer and others round half to even.
using Printf
@printf("%d|%5d|%x|%-4d|%d\n", 3.0, 2.6, 255.0, -1.5, 0.5)
# expect: 3|    3|255|-2  |0
println(@sprintf("%i items", 12.0))
# expect: 12 items
