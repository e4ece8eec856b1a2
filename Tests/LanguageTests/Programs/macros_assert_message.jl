# @assert's message is the one given, printed with print.
n = 0
@assert n > 0 "n must be positive, got $n"
# expect error: AssertionError: n must be positive, got 0
