# Types are values: typeof returns one that prints as Julia names it, compares with
# == and ===, works with isa, and is itself a DataType.
t = typeof([1, 2])
println(t, " ", t == Vector{Int64}, " ", t == Vector{Int}, " ", t == Vector{Float64})
# expect: Vector{Int64} true true false
println(Int, " ", Int === Int64, " ", typeof(Int), " ", typeof(t), " ", typeof(Dict))
# expect: Int64 true DataType DataType UnionAll
println((eltype([1.0, 2.0]), typeof(1.5), typeof(1:3), typeof(1:2:9)))
# expect: (Float64, Float64, UnitRange{Int64}, StepRange{Int64, Int64})
x = 2.5
println(typeof(x)(3), " ", zeros(eltype([1, 2]), 2), " ", x isa typeof(1.0), " ", [1] isa t, " ", [1.0] isa t)
# expect: 3.0 [0, 0] true true false
println(Int isa Function, " ", sin isa Function, " ", repr(Float64), " ", string(Vector{Float64}))
# expect: false true Float64 Vector{Float64}
println(typeof(0.0:0.5:1.0))
# expect: StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}
display(Int)
# expect: Int64
UnitRange{Int64}(1, 3)
# expect error: calling the type UnitRange{Int64} is not supported
