x = 1
y = x + undefined_thing
# expect error: error at line 2, column 9: undefined variable `undefined_thing`
