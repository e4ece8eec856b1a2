# `===` asks whether two values are the same object (arrays) or indistinguishable (numbers).
a = [1, 2]
b = a
println(a === b, " ", a === copy(a), " ", a == copy(a), " ", a !== copy(a))
# expect: true false true true
println(1 === 1, " ", 1 === 1.0, " ", 1 == 1.0, " ", NaN === NaN, " ", NaN == NaN, " ", 0.0 === -0.0)
# expect: true false true true false false
println("ab" === "ab", " ", (1, :x) === (1, :x), " ", Dict(1 => 2) === Dict(1 => 2))
# expect: true true false
