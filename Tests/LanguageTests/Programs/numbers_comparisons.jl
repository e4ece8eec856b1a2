# Comparisons, chained comparisons and boolean logic.
println(1 < 2, " ", 2 <= 2, " ", 3 > 4, " ", 1 == 1.0, " ", 1 != 2)
# expect: true true false true true
println(1 < 2 < 3, " ", 1 < 3 < 2)
# expect: true false
println(true && false, " ", true || false, " ", !true)
# expect: false true false
println(0.1 + 0.2 ≈ 0.3)
# expect: true
println(1 ≤ 2, " ", 2 ≥ 3, " ", 1 ≠ 2)
# expect: true false true
