A = [1 2, 3]
# expect error: cannot mix `,` with spaces or `;` in one array literal
