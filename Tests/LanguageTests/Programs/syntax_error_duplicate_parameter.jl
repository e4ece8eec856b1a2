f(x, x) = x
# expect error: parameter `x` appears twice
