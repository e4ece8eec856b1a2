# round(x; sigdigits=n) keeps n significant digits, as Julia's does.
println(round(1234.5678; sigdigits=3), " ", round(0.00123456; sigdigits=2), " ", round(-98765.0; sigdigits=2))
# expect: 1230.0 0.0012 -99000.0
println(round.([1.2345, 98765.0, 0.0]; sigdigits=2))
# expect: [1.2, 99000.0, 0.0]
# An integer rounds as its Float64 and gives a Float64: Julia 1.10 has no Integer method
# with keywords, so `round(x::Real; sigdigits)` calls `_round_digits(float(x), ...)`
# (base/floatfuncs.jl).
println(round(1234; sigdigits=2), " ", round(pi; digits=3))
# expect: 1200.0 3.142
