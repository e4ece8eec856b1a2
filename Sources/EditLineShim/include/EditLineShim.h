#ifndef EDITLINE_SHIM_H
#define EDITLINE_SHIM_H

#include <histedit.h>

// One non-variadic function per libedit option RNNLab uses, because Swift cannot
// call C variadic functions such as el_set and history.

/// Opens an editor on the process's standard streams; NULL on failure.
EditLine *rnn_el_open(const char *program);
void rnn_el_close(EditLine *el);
/// Reads one line; *count is 0 on end of input and -1 on error or interrupt.
const char *rnn_el_gets(EditLine *el, int *count);
/// The libedit version string, to prove at run time that the library is linked.
const char *rnn_el_library_name(void);

#endif
