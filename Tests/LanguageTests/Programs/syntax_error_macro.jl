@time x = 1
# expect error: macros (`@name`) are not supported
