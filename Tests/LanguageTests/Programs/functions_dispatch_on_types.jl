# Methods are chosen by the types written on parameters, the most specific first, as
# Julia's multiple dispatch does; the same signature written again replaces its method.
kind(x) = "something"
kind(x::Number) = "a number"
kind(x::Integer) = "an integer"
kind(x::AbstractString) = "a string"
kind(v::AbstractVector{Float64}) = "floats"
println(kind(1), ", ", kind(1.5), ", ", kind("s"), ", ", kind([1]), ", ", kind([1.0]), ", ", kind(true))
# expect: an integer, a number, a string, something, floats, an integer
g(x::Float64, y::Float64) = 2x + y
g(x::Number, y::Number) = 2x - y
println(g(2.0, 3.0), " ", g(2, 3.0), " ", g(2, 3))
# expect: 7.0 1.0 1
g(x::Float64, y::Float64) = 0.0
println(g(2.0, 3.0))
# expect: 0.0
combine(a, b::Int) = "int second"
combine(a, b::String) = "string second"
println(combine(1, 2), " / ", combine(1, "x"))
# expect: int second / string second
total(xs::Int...) = sum(xs)
println(total(1, 2, 3))
# expect: 6
function halves(x)::Float64
    return x ÷ 2
end
println(halves(7), " ", (1 + 2)::Int, " ", [1.0]::Vector{Float64})
# expect: 3.0 3 [1.0]
combine(1, 2.5)
# expect error: MethodError: no method matching combine(::Int64, ::Float64)
