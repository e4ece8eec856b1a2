fact(n) = n <= 1 ? 1 : n * fact(n - 1)
println(fact(20))
# expect: 2432902008176640000
function ackermann(m, n)
    m == 0 && return n + 1
    n == 0 && return ackermann(m - 1, 1)
    ackermann(m - 1, ackermann(m, n - 1))
end
println(ackermann(2, 3))
# expect: 9
