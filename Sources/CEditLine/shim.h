// libedit's native API (histedit.h). The readline-compatible header is not used:
// <readline/readline.h> on Debian belongs to GNU readline, not libedit.
#include <histedit.h>
#include <stdio.h>
