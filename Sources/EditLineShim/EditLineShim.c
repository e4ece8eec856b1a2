#include "EditLineShim.h"
#include <stdio.h>
#include <string.h>

EditLine *rnn_el_open(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

void rnn_el_close(EditLine *el) {
    if (el != NULL) el_end(el);
}

const char *rnn_el_gets(EditLine *el, int *count) {
    return el_gets(el, count);
}

const char *rnn_el_library_name(void) {
    // Opening and closing an editor calls into the library, so a missing or broken
    // libedit shows up here rather than at the first prompt.
    EditLine *el = el_init("rnnlab", stdin, stdout, stderr);
    if (el == NULL) return "libedit (could not open an editor)";
    el_end(el);
    return "libedit";
}
