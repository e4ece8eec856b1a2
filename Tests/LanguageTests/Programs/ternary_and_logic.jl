x = -3
println(x > 0 ? "positive" : x < 0 ? "negative" : "zero")
# expect: negative
sign_of(y) = y > 0 ? 1 : (y < 0 ? -1 : 0)
println(sign_of(5), sign_of(-2), sign_of(0))
# expect: 1-10
f(z) = z > 0 && return "early"
println(f(1))
# expect: early
println(f(-1))
# expect: false
println(false || 7)
# expect: 7
