if 1
    println("never")
end
# expect error: must be true or false, got Int64
