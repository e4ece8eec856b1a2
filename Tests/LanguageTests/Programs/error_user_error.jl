function check(x)
    x < 0 && error("negative input: ", x)
    sqrt(x)
end
println(check(4.0))
# expect: 2.0
check(-1.0)
# expect error: negative input: -1.0
