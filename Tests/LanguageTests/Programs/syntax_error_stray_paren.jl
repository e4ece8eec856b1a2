x = (1 + 2))
# expect error: syntax error at line 1, column 12: expected end of line or `;` after the statement, found `)`
