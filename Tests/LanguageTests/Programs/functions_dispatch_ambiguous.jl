# Two methods that fit a call equally well are an ambiguity, a MethodError in Julia.
amb(x::Int, y) = 1
amb(x, y::Int) = 2
println(amb(1, 2.0), " ", amb(2.0, 1))
# expect: 1 2
amb(1, 1)
# expect error: MethodError: amb(::Int64, ::Int64) is ambiguous
