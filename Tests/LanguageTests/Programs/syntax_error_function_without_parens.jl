function f
    1
end
# expect error: syntax error at line 1, column 11: expected `(` and the parameters after `function f`
