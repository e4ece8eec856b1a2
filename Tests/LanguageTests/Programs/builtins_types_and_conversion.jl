println(typeof(1), " ", typeof(1.0), " ", typeof("s"), " ", typeof([1.0]), " ", typeof(1:2), " ", typeof(Dict(:a => 1)))
# expect: Int64 Float64 String Vector{Float64} UnitRange{Int64} Dict{Symbol, Int64}
println(Int(3.0), " ", Float64(2), " ", float(3), " ", string(42), " ", parse(Int, "17"), " ", parse(Float64, "2.5"))
# expect: 3 2.0 3.0 42 17 2.5
println(round(2.567; digits=2), " ", round(Int, 2.5), " ", round(3.5), " ", floor(2.7), " ", ceil(Int, 2.1), " ", trunc(-2.7))
# expect: 2.57 2 4.0 2.0 3 -2.0
println(1 isa Int, " ", 1.0 isa Number, " ", "a" isa String, " ", 1 isa String)
# expect: true true true false
Int(2.5)
# expect error: Int(2.5): not a whole number (InexactError)
