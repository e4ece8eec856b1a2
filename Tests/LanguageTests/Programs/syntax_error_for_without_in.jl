for i 1:3
    println(i)
end
# expect error: syntax error at line 1, column 7: expected `in` or `=` after the loop variable, found `1`
