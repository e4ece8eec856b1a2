println(1 / 0)
# expect: Inf
println(1 ÷ 0)
# expect error: division by zero
