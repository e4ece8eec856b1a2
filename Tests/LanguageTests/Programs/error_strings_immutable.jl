s = "abc"
s[1] = 'x'
# expect error: strings cannot be changed
