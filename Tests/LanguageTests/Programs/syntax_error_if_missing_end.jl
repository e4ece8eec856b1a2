if true
    for i in 1:2
        println(i)
    end
# expect error: expected `end` to close `if` from line 1, column 1
