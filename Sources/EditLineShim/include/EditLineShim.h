#ifndef EDITLINE_SHIM_H
#define EDITLINE_SHIM_H

#include <histedit.h>
#include <wchar.h>

// One non-variadic function per libedit option RNNLab uses, because Swift cannot
// call C variadic functions such as el_set and history. C globals (stdin, stdout)
// are named only here: Swift 6 refuses to touch them.

// MARK: Editor

/// Opens an editor on the process's standard streams; NULL on failure. Switches the
/// character type to the user's locale first (or C.UTF-8 when that locale is plain
/// ASCII), because libedit decides once, at init, whether it reads UTF-8.
EditLine *rnn_el_open(const char *program);
void rnn_el_close(EditLine *el);
/// Reads one line; *count is 0 on end of input and -1 on error or interrupt.
const char *rnn_el_gets(EditLine *el, int *count);
/// The libedit version string, to prove at run time that the library is linked.
const char *rnn_el_library_name(void);

/// Chooses the key bindings: "emacs" or "vi".
int rnn_el_set_editor(EditLine *el, const char *mode);
/// 0 keeps libedit's own signal handlers out (it would re-raise SIGINT to the whole
/// process group); the program handles signals itself.
int rnn_el_set_signal(EditLine *el, int handle);
/// The prompt callback. Text between two \1 characters is printed but not counted,
/// so colour escape sequences do not confuse the cursor arithmetic.
int rnn_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *));
int rnn_el_set_clientdata(EditLine *el, void *data);
void *rnn_el_get_clientdata(EditLine *el);
/// Replaces libedit's character reader (returns 1 and a character, 0 at end of
/// input, -1 on error or interrupt).
int rnn_el_set_getc(EditLine *el, int (*getc_fn)(EditLine *, wchar_t *));
/// Registers a named editor function and binds it to a key such as "^I".
int rnn_el_add_function(EditLine *el, const char *name, const char *help,
                        unsigned char (*fn)(EditLine *, int));
int rnn_el_bind(EditLine *el, const char *key, const char *function_name);
int rnn_el_set_history(EditLine *el, History *list);

/// The text from the start of the edit buffer to the cursor, as UTF-8, with its
/// length in bytes; valid until the next libedit call.
const char *rnn_el_text_before_cursor(EditLine *el, int *length);
int rnn_el_insert(EditLine *el, const char *text);
/// Deletes `count` characters before the cursor.
void rnn_el_delete_before(EditLine *el, int count);
/// Puts the cursor after the last character of the edit buffer (no redraw).
void rnn_el_cursor_to_end(EditLine *el);
/// Rereads the terminal size and redraws the prompt and line.
void rnn_el_resize(EditLine *el);
void rnn_el_redraw(EditLine *el);
/// Writes text to the editor's output stream and flushes it.
void rnn_el_write(EditLine *el, const char *text);
/// The file descriptor the editor reads keys from.
int rnn_el_input_fd(EditLine *el);
/// The terminal's width in columns as libedit knows it (the width it lays lines out in).
int rnn_el_columns(EditLine *el);
/// Whether libedit treats the terminal as wrapping by itself at the right margin
/// (termcap "am"): then a line that ends exactly there leaves the cursor on the row below.
int rnn_el_has_auto_margins(EditLine *el);
/// Moves the cursor up one row with the terminal's own "up" sequence.
void rnn_el_cursor_up(EditLine *el);
/// The columns a character takes in the current locale, as libedit counts them
/// (wcwidth, which Swift's Glibc module does not show).
int rnn_char_width(unsigned int character);

// MARK: History

/// A history list of at most `size` entries that drops consecutive duplicates.
History *rnn_history_open(int size);
void rnn_history_close(History *list);
int rnn_history_enter(History *list, const char *entry);
/// Loads entries from libedit's history file format; -1 if the file is unreadable.
int rnn_history_load(History *list, const char *path);
/// Saves in libedit's history file format; -1 on failure.
int rnn_history_save(History *list, const char *path);
/// How many entries the list holds.
int rnn_history_length(History *list);

// MARK: Terminal

/// Columns and rows of the terminal on `fd`; 0 on success, -1 if it is no terminal.
int rnn_terminal_size(int fd, int *columns, int *rows);
/// Flushes every C output stream, so C and Swift output keep their order.
void rnn_flush_all(void);

#endif
