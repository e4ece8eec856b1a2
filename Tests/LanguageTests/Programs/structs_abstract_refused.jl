abstract type Shape end
# expect error: line 1, column 1: `abstract type` declarations are not supported
