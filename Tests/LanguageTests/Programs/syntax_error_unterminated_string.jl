println("no end)
# expect error: unterminated string
