#if canImport(Glibc)
import Glibc
#endif
import EditLineShim

/// Whether standard input and standard output are both terminals, the condition for
/// line editing. Anything else (a pipe, a file, /dev/null) gets plain reading.
public func standardStreamsAreTerminals() -> Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
}

/// The reader the REPL should use: ``EditLineReader`` when standard input and output
/// are terminals, otherwise (or if libedit cannot start) ``PlainLineReader`` on
/// standard input, which writes no prompts and no escape codes.
///
/// Either way Ctrl-C is caught (``InterruptFlag/install()``) so it never ends the
/// program.
public func makeLineReader(
    historyPath: String?, completion: CompletionProvider? = nil, symbols: SymbolProvider? = nil
) -> any LineReader {
    InterruptFlag.install()
    if standardStreamsAreTerminals(),
       let reader = EditLineReader(historyPath: historyPath, completion: completion, symbols: symbols) {
        return reader
    }
    return PlainLineReader()
}

/// Flushes every C output stream (Swift's `print` writes through C's buffered
/// standard output), so text shows before a long computation or a prompt.
public func flushAllOutput() {
    rnn_flush_all()
}
