# Type parameters are read off the constructor's arguments.
struct Pt{T}
    x::T
    y::T
end
p = Pt(1.0, 2.0)
println(p, " ", typeof(p), " ", p isa Pt)
# expect: Pt{Float64}(1.0, 2.0) Pt{Float64} true
println(Pt(1, 2), " ", Pt("a", "b"))
# expect: Pt{Int64}(1, 2) Pt{String}("a", "b")
struct Wrapped{T <: Real}
    items::Vector{T}
end
println(Wrapped([1, 2]), " ", typeof(Wrapped([1.5])))
# expect: Wrapped{Int64}([1, 2]) Wrapped{Float64}
try
    Wrapped(["a"])
catch err
    println(err isa MethodError)
end
# expect: true
q = Pt{Float64}(1, 2.5)
println(q, " ", typeof(q)(3, 4), " ", q isa Pt{Float64})
# expect: Pt{Float64}(1.0, 2.5) Pt{Float64}(3.0, 4.0) true
norm1(p::Pt{Float64}) = abs(p.x) + abs(p.y)
norm1(p::Pt) = "generic"
println(norm1(q), " ", norm1(Pt(1, 2)))
# expect: 3.5 generic
Pt(1, 2.5)
# expect error: line 29, column 1: MethodError: no method matching Pt(::Int64, ::Float64)
