# Julia converts every assignment to a typed variable; the notebook refuses the
# declaration rather than convert only the first one.
function typed_local()
    x::Float64 = 10
    return x
end
typed_local()
# expect error: typed variables (`x::Float64 = ...`) are not supported
