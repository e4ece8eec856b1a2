# A literal negative exponent is Julia's literal_pow, inv(x)^k; a computed one is a DomainError.
println(2^-1, " ", 2^-2, " ", 2.0^-1)
# expect: 0.5 0.25 0.5
n = -1
println(2^n)
# expect error: negative power
