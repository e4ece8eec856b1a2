# Base reference: ranges (doc/src/base/math.md's `:` and `range`, doc/src/base/arrays.md's
# StepRange, UnitRange, StepRangeLen and LinRange; their docstrings and doctests in
# base/range.jl, base/twiceprecision.jl and base/broadcast.jl of Julia 1.10). Where no
# doctest shows a value, the expectation follows those methods step by step, using
# arithmetic that is exact in doubles (halving, doubling, short ratios rounded once).

# case: Base.range — the docstring's doctests for start, stop, step and length
println(range(1, length=100), " ", range(1, stop=100))
println(range(1, step=5, length=100), " ", range(1, step=5, stop=100))
println(range(1, 10, length=101), " ", range(1, 100, step=5))
println(range(stop=10, length=5), " ", range(stop=10, step=1, length=5))
println(range(start=1, step=1, stop=10))
println(range(; length = 10), " ", range(; stop = 6), " ", range(; stop = 6.5))
println(range(1, 3.5, step=2))
# expect: 1:100 1:100
# expect: 1:5:496 1:5:96
# expect: 1.0:0.09:10.0 1:5:96
# expect: 6:10 6:1:10
# expect: 1:1:10
# expect: Base.OneTo(10) Base.OneTo(6) 1.0:1.0:6.0
# expect: 1.0:2.0:3.0

# case: Base.StepRange — `a:s:b` is a StepRange even when s is 1 (StepRange and UnitRange doctests)
println(typeof(1:3:6), " ", typeof(1:10), " ", typeof(1:1:3))
println(1:1:3, " ", collect(1:1:3), " ", reverse(3:-1:1))
# expect: StepRange{Int64, Int64} UnitRange{Int64} StepRange{Int64, Int64}
# expect: 1:1:3 [1, 2, 3] 1:1:3

# case: Base.step — the docstring's doctests
println(step(1:10), " ", step(1:2:10), " ", step(2.5:0.3:10.9), " ", step(range(2.5, stop=10.9, length=85)))
# expect: 1 2 0.3 0.1

# case: Base.LinRange — range(-0.1, 0.3, length=5) works in ratios of integers (the docstring's doctest)
println(collect(range(-0.1, 0.3, length=5)))
println(typeof(range(0, 1, length=11)))
# expect: [-0.1, 0.0, 0.1, 0.2, 0.3]
# expect: StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}

# case: Base.:(:) — float ranges hit their ends, r[3] == 0.3 (twiceprecision.jl's opening comment)
r = 0.1:0.1:0.3
println(r[3] == 0.3, " ", collect(r), " ", length(0:0.1:1), " ", last(0:0.1:1))
# expect: true [0.1, 0.2, 0.3] 11 1.0

# case: Broadcasting — a float range times or divided by a number stays a range (broadcast.jl)
r = 0:0.1:1
println(r .* 2, " ", 2 .* r, " ", r ./ 2, " ", -r)
println(typeof(r .* 2))
# expect: 0.0:0.2:2.0 0.0:0.2:2.0 0.0:0.05:0.5 0.0:-0.1:-1.0
# expect: StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}

# case: Broadcasting — integer ranges scaled or added are StepRangeLens of integers (broadcast.jl, range.jl)
println(2 .* (1:3), " ", typeof(2 .* (1:3)), " ", 0 .* (1:3))
println((1:3) .+ (1:3), " ", (1:3) .- (1:3), " ", typeof((1:3) .+ (1:3)))
# expect: 2:2:6 StepRangeLen{Int64, Int64, Int64, Int64} StepRangeLen(0, 0, 3)
# expect: 2:2:6 StepRangeLen(0, 0, 3) StepRangeLen{Int64, Int64, Int64, Int64}

# case: Broadcasting — an integer range divided, or times a float, is a twice-precision range (broadcast.jl)
println((1:3) ./ 2, " ", (1:3) .* 0.5, " ", 0.5 .* (1:3), " ", typeof((1:3) ./ 2))
# expect: 0.5:0.5:1.5 0.5:0.5:1.5 0.5:0.5:1.5 StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}

# case: Broadcasting — a UnitRange plus a float has step 1.0 in plain doubles; a StepRange's is in twice precision
println((1:3) .+ 0.5, " ", typeof((1:3) .+ 0.5))
println((1:2:5) .+ 0.5, " ", typeof((1:2:5) .+ 0.5))
println((1:3) .- 0.5, " ", 0.5 .- (1:3))
# expect: 1.5:1.0:3.5 StepRangeLen{Float64, Float64, Float64, Int64}
# expect: 1.5:2.0:5.5 StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}
# expect: 0.5:1.0:2.5 -0.5:-1.0:-2.5

# case: Broadcasting — two float ranges added are a range (twiceprecision.jl's +)
r = 0:0.25:1
println(r .+ r, " ", r .- r, " ", r + r, " ", collect(r .+ (1:5)))
# expect: 0.0:0.5:2.0 StepRangeLen(0.0, 0.0, 5) 0.0:0.5:2.0 [1.0, 2.25, 3.5, 4.75, 6.0]

# case: Broadcasting — `x * r` cuts the step for exact products, `x .* r` does not (JuliaLang/julia#47812)
println(1 * range(0, 1, 100) == 1 .* range(0, 1, 100))
# expect: false

# case: Base.reverse — a float range reversed is a range (range.jl's _reverse)
println(reverse(0:0.1:1), " ", collect(reverse(0:0.25:1)))
println(typeof(reverse(0:0.1:1)), " ", reverse(2 .* (1:3)))
# expect: 1.0:-0.1:0.0 [1.0, 0.75, 0.5, 0.25, 0.0]
# expect: StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64} 6:-2:2

# case: Base.getindex — a range indexed by a range is a range (range.jl and twiceprecision.jl)
r = 0:0.1:1
println(r[2:4], " ", collect(r[2:4]), " ", r[1:2:11], " ", r[:])
println((1:10)[2:4], " ", (1:10)[2:2:6], " ", (1:10)[1:1:3], " ", typeof((0:0.1:1)[2:4]))
# expect: 0.1:0.1:0.3 [0.1, 0.2, 0.3] 0.0:0.2:1.0 0.0:0.1:1.0
# expect: 2:4 2:2:6 1:1:3 StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}

# case: Base.float — float of an integer range is a range (base/float.jl)
println(float(1:3), " ", typeof(float(1:3)), " ", float(1:2:5), " ", float.(1:3))
# expect: 1.0:1.0:3.0 StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64} 1.0:2.0:5.0 [1.0, 2.0, 3.0]

# case: Base.first — first and last of an empty range are its ends (range.jl)
println(first(1:0), " ", last(1:0), " ", isempty(1:0))
# expect: 1 0 true

# case: Base.first — first(r, n) and last(r, n) of a range are ranges: v[range(begin, length=min(n, length(v)))] in base/abstractarray.jl
println(first(2:9, 3), " ", last(2:9, 2), " ", first(1:3:20, 4), " ", first(5:7, 10), " ", last(0.0:0.5:2.0, 2))
println(typeof(first(1:3:20, 2)))
try
    first([1, 2], -1)
catch err
    println(typeof(err))
end
# expect: 2:4 8:9 1:3:10 5:7 1.5:0.5:2.0
# expect: StepRange{Int64, Int64}
# expect: ArgumentError

# case: Base.:(:) — a zero step is an ArgumentError for integers (steprange_last)
try
    1:0:5
catch e
    println(e isa ArgumentError)
end
1:0:5
# expect: true
# expect error: step cannot be zero

# case: Base.:(:) — a zero step is an ArgumentError for floats (twiceprecision.jl's (:))
0.0:0.0:1.0
# expect error: range step cannot be zero

# case: Base.range — range with length 1 needs equal ends (_linspace1)
range(0, 1, length=1)
# expect error: range(0.0, stop=1.0, length=1): endpoints differ

# case: Base.keys — keys of a tuple is Base.OneTo, of a vector LinearIndices (tuple.jl, abstractarray.jl)
println(keys((1, 2)), " ", keys([5, 6, 7]), " ", typeof(keys([5, 6, 7])))
println(eachindex([1, 2]), " ", eachindex((1, 2)), " ", axes([1 2; 3 4]), " ", axes([1, 2, 3]))
v = [10, 20, 30]
println(v[keys(v)], " ", sum(eachindex(v)), " ", eachindex(v) .+ 1)
# expect: Base.OneTo(2) [1, 2, 3] LinearIndices{1, Tuple{Base.OneTo{Int64}}}
# expect: Base.OneTo(2) Base.OneTo(2) (Base.OneTo(2), Base.OneTo(2)) (Base.OneTo(3),)
# expect: [10, 20, 30] 6 2:4

# case: Base.sort — a range sorted is a range: itself, or reversed (range.jl's sort)
println(sort(1:3), " ", sort(5:-2:1), " ", sort(1:0.5:2), " ", sort(1.0:-0.5:0.0), " ", sort(3:-1:1, rev=true))
# expect: 1:3 1:2:5 1.0:0.5:2.0 0.0:0.5:1.0 [3, 2, 1]

# case: sizeof — a range's size is its struct's: UnitRange two Int64s, StepRange three, a float StepRangeLen two TwicePrecisions and two Int64s
println(sizeof(1:3), " ", sizeof(1:2:5), " ", sizeof(0.0:0.5:1.0))
# expect: 16 24 48
