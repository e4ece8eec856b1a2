# Containers that contain themselves print, copy and compare without hanging.
# Julia writes the container's opening bracket, then the marker: `@-1` names the
# innermost container being shown, `@-2` the one around it.
l = []
push!(l, l)
println(l)
# expect: Any[Any[#= circular reference @-1 =#]]
display(l)
# expect: 1-element Vector{Any}:
# expect:  Any[Any[#= circular reference @-1 =#]]
# Two lists that hold each other (the case of Julia's own test/show.jl).
x = []; y = []
push!(x, y); push!(y, x)
display(x)
# expect: 1-element Vector{Any}:
# expect:  Any[Any[Any[#= circular reference @-2 =#]]]
c = deepcopy(l)
println(length(c), " ", c[1] === c)
# expect: 1 true
a = []; push!(a, a)
b = []; push!(b, b)
# Julia overflows its stack comparing these; RNNLab says it cannot compare them.
try
    a == b
catch e
    println("refused")
end
# expect: refused
d = Dict()
d[:self] = d
println(d)
# expect: Dict{Any, Any}(:self => Dict{Any, Any}(#= circular reference @-1 =#))
grad(x -> 1.0)(l)
# expect error: grad: the argument contains itself
