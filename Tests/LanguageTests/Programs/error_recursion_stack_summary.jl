# A runaway recursion reports its repeated frame once, with a count.
down(n) = down(n + 1)
start() = down(0)
start()
# expect error: in down, called from line 2, column 11 (998 times)
#   (the 1000th call is the one refused; start and the first down make up the rest)
