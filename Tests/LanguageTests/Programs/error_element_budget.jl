A = zeros(100000, 100000)
# expect error: refusing to allocate 10000000000 elements
