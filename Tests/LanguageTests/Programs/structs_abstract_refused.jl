abstract type Shape end
# expect error: line 1, column 10: `abstract type` and `primitive type` declarations are not supported yet
