v = [1.0, 2.0, 3.0]
v[4]
# expect error: line 2, column 1: BoundsError: attempt to access 3-element Vector{Float64} at index [4]
