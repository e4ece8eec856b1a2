# The slices of eachcol are not a list to push into or assign: Julia's s[1] = v would
# write into the matrix, and push! has no method; both are refused.
A = [1 2; 3 4]
s = eachcol(A)
s[1][2] = 30
println(A)
# expect: [1 2; 30 4]
s[1] = [0, 0]
# expect error: line 8, column 1: changing the ColumnSlices of eachcol/eachrow is not supported
