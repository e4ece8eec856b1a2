c = 'ab'
# expect error: a character literal holds exactly one character
