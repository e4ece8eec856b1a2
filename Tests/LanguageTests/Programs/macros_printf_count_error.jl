# A format whose specifiers and values differ in number is an error, as in Julia.
@printf("%d %d\n", 1)
# expect error: the format has 2 specifiers but 1 value was given
