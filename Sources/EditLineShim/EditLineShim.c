#include "EditLineShim.h"
#include <stdio.h>

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
    return "libedit (histedit.h)";
}
