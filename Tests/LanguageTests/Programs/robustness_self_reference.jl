# Containers that contain themselves print, copy and compare without hanging.
l = []
push!(l, l)
println(l)
# expect: Any[#= circular reference =#]
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
println(length(string(d)) > 0)
# expect: true
grad(x -> 1.0)(l)
# expect error: nested too deeply (or a list contains itself)
