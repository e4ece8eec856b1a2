# Julia shows half the screen's rows above the dots and one fewer below.
display(collect(1:30))
# expect: 30-element Vector{Int64}:
# expect:   1
# expect:   2
# expect:   3
# expect:   4
# expect:   5
# expect:   6
# expect:   7
# expect:   8
# expect:   9
# expect:  10
# expect:   ⋮
# expect:  22
# expect:  23
# expect:  24
# expect:  25
# expect:  26
# expect:  27
# expect:  28
# expect:  29
# expect:  30
