cumsum([1 2; 3 4]; dims=3)
# expect error: cumsum: dims must be between 1 and 2
