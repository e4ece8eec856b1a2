same(a::T, b::T) where T = true
# expect error: line 1, column 18: `where` clauses
