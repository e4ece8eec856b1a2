round(1.5; sigdigits=0)
# expect error: round: sigdigits must be a positive integer
