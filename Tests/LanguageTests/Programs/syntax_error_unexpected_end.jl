x = 1
end
# expect error: syntax error at line 2, column 1: unexpected `end`
