# The row of a range reads the range; a range cannot be changed, nor written through its row.
r = (1:3)'
display(r)
# expect: 1×3 adjoint(::UnitRange{Int64}) with eltype Int64:
# expect:  1  2  3
println(r * [1, 1, 1], " ", typeof(copy(r)))
r[1] = 5
# expect: 6 Adjoint{Int64, Vector{Int64}}
# expect error: line 7, column 1: ranges cannot be changed
