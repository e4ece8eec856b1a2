a = ones(2, 3)
b = ones(3, 2)
c = a .+ b
# expect error: error at line 3, column 5: .+: shapes (2, 3) and (3, 2) do not match
