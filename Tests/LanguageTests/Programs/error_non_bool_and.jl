x = 3
if x && true
    println("no")
end
# expect error: the condition of `&&` must be true or false, got Int64
