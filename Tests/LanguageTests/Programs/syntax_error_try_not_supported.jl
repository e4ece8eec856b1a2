try
    x = 1
catch
end
# expect error: syntax error at line 1, column 1: `try` is not supported yet
