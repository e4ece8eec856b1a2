# display(x) prints what the REPL shows for a result.
display([1, 2, 3])
# expect: 3-element Vector{Int64}:
# expect:  1
# expect:  2
# expect:  3
display([1.5 -2.25; 10.0 3.0])
# expect: 2×2 Matrix{Float64}:
# expect:   1.5  -2.25
# expect:  10.0   3.0
display([1/3 2/3])
# expect: 1×2 Matrix{Float64}:
# expect:  0.333333  0.666667
display([1/3, 2/3])
# expect: 2-element Vector{Float64}:
# expect:  0.3333333333333333
# expect:  0.6666666666666666
display("text")
# expect: "text"
display(:sym)
# expect: :sym
display((1, 2.0))
# expect: (1, 2.0)
display(Dict(:a => 1, :long => 2))
# expect: Dict{Symbol, Int64} with 2 entries:
# expect:   :a    => 1
# expect:   :long => 2
display(Any[1, "a"])
# expect: 2-element Vector{Any}:
# expect:  1
# expect:   "a"
display([true, false])
# expect: 2-element Vector{Bool}:
# expect:  1
# expect:  0
display(zeros(0))
# expect: Float64[]
display(1:3)
# expect: 1:3
