same(a::T, b::T) where T = true
# expect error: line 1, column 18: `where` clauses (parametric methods such as `f(x::T) where T`) are not supported yet
