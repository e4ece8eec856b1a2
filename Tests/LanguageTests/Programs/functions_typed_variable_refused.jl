# Julia converts every assignment to a typed variable, even one written before the
# declaration; the notebook refuses the function when it is defined, before it runs.
println("before")
function typed_local()
    y = 1
    println(y)
    x::Float64 = 10
    return x
end
typed_local()
# expect: before
# expect error: line 7, column 5: typed variables (`x::Float64 = ...`, whose every assignment Julia converts to Float64) are not supported
