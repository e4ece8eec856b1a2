// wcwidth is an X/Open function: glibc declares it only when asked.
#define _GNU_SOURCE
#include "EditLineShim.h"
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

// MARK: Editor

static void use_utf8_locale_if_possible(void) {
    // libedit checks nl_langinfo(CODESET) during el_init; in the C locale it would
    // show every non-ASCII key as an octal escape.
    setlocale(LC_CTYPE, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "");
    }
}

EditLine *rnn_el_open(const char *program) {
    use_utf8_locale_if_possible();
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

int rnn_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

int rnn_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

int rnn_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT_ESC, prompt, '\1');
}

int rnn_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

void *rnn_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int rnn_el_set_getc(EditLine *el, int (*getc_fn)(EditLine *, wchar_t *)) {
    return el_set(el, EL_GETCFN, getc_fn);
}

int rnn_el_add_function(EditLine *el, const char *name, const char *help,
                        unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int rnn_el_bind(EditLine *el, const char *key, const char *function_name) {
    return el_set(el, EL_BIND, key, function_name, NULL);
}

int rnn_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);
}

const char *rnn_el_text_before_cursor(EditLine *el, int *length) {
    const LineInfo *line = el_line(el);
    if (line == NULL || line->buffer == NULL) {
        *length = 0;
        return "";
    }
    *length = (int)(line->cursor - line->buffer);
    return line->buffer;
}

int rnn_el_insert(EditLine *el, const char *text) {
    return el_insertstr(el, text);
}

void rnn_el_delete_before(EditLine *el, int count) {
    if (count > 0) el_deletestr(el, count);
}

void rnn_el_cursor_to_end(EditLine *el) {
    const LineInfo *line = el_line(el);
    if (line == NULL) return;
    // el_cursor moves by characters and clamps at the end of the buffer, so a
    // byte count is always far enough.
    el_cursor(el, (int)(line->lastchar - line->cursor));
}

void rnn_el_resize(EditLine *el) {
    el_resize(el);
}

void rnn_el_redraw(EditLine *el) {
    el_set(el, EL_REFRESH);
}

void rnn_el_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(text, out);
    fflush(out);
}

int rnn_el_input_fd(EditLine *el) {
    FILE *in = NULL;
    if (el_get(el, EL_GETFP, 0, &in) != 0 || in == NULL) return STDIN_FILENO;
    return fileno(in);
}

int rnn_el_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0) return 0;
    return columns;
}

int rnn_el_has_auto_margins(EditLine *el) {
    // libedit answers its boolean capabilities with the strings "yes" and "no".
    const char *flag = NULL;
    if (el_get(el, EL_GETTC, "am", &flag) != 0 || flag == NULL) return 0;
    return strcmp(flag, "yes") == 0;
}

void rnn_el_cursor_up(EditLine *el) {
    char *up = NULL;
    // Every terminal libedit can edit on has "up"; ANSI's CUU is the fallback.
    if (el_get(el, EL_GETTC, "up", &up) != 0 || up == NULL || *up == '\0') up = "\033[A";
    rnn_el_write(el, up);
}

int rnn_char_width(unsigned int character) {
    return wcwidth((wchar_t)character);
}

// MARK: History

History *rnn_history_open(int size) {
    History *list = history_init();
    if (list == NULL) return NULL;
    HistEvent event;
    history(list, &event, H_SETSIZE, size);
    history(list, &event, H_SETUNIQUE, 1);
    return list;
}

void rnn_history_close(History *list) {
    if (list != NULL) history_end(list);
}

int rnn_history_enter(History *list, const char *entry) {
    HistEvent event;
    return history(list, &event, H_ENTER, entry);
}

int rnn_history_load(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_LOAD, path);
}

int rnn_history_save(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_SAVE, path);
}

int rnn_history_length(History *list) {
    HistEvent event;
    if (history(list, &event, H_GETSIZE) < 0) return 0;
    return event.num;
}

// MARK: Terminal

int rnn_terminal_size(int fd, int *columns, int *rows) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *columns = size.ws_col;
    *rows = size.ws_row;
    return 0;
}

void rnn_flush_all(void) {
    fflush(NULL);
}
