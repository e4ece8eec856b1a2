# @views would share memory where this notebook copies, so a slice that could be
# changed later through another name is refused; reading slices is the same either way.
A = [1 2; 3 4]
println(@views sum(A[:, 1]))
# expect: 4
@views col = A[:, 2]
# expect error: @views would make this slice a view
