# A view cannot grow or shrink (Julia has no push! or pop! for a SubArray).
A = [1 2; 3 4]
c = eachcol(A)[1]
push!(c, 5)
# expect error: line 4, column 1: MethodError: a view (SubArray) cannot be resized
