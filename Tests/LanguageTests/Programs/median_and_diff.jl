# Statistics' median (x/2 + y/2 of the middle pair, always a Float64; NaN if any) and Base's diff.
using Statistics
println(median([3, 1, 2, 10]), " ", median([1, 2, 3]), " ", median([1.0, NaN]), " ", median([-0.0]))
# expect: 2.5 2.0 NaN 0.0
println(diff([1, 4, 9]), " ", diff([true, false]), " ", diff(Int[]), " ", diff([0.1, 0.3]))
# expect: [3, 5] [-1] Int64[] [0.19999999999999998]
median(Float64[])
# expect error: median of an empty array is undefined
