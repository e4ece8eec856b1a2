x = 1
#= this comment
never ends
# expect error: syntax error at line 2, column 1: unterminated `#=` comment; expected `=#`
