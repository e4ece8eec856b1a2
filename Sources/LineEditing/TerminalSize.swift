#if canImport(Glibc)
import Glibc
#endif
import EditLineShim
import Synchronization

/// The size of the terminal that standard output is written to, and a way to notice
/// when the learner resizes it.
public enum TerminalSize {
    private static let resizes = Atomic<Int>(0)

    /// Columns and rows of the terminal on `fd` (standard output by default); `nil`
    /// when `fd` is not a terminal or reports a zero size.
    public static func current(fd: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
        var columns: Int32 = 0
        var rows: Int32 = 0
        guard rnn_terminal_size(fd, &columns, &rows) == 0, columns > 0, rows > 0 else { return nil }
        return (Int(columns), Int(rows))
    }

    /// Installs a SIGWINCH handler that counts resizes and unblocks SIGWINCH for the
    /// calling thread. The handler restarts interrupted system calls (`SA_RESTART`),
    /// so a resize never makes a read or write fail. Safe to call more than once.
    public static func watchResizes() {
        _ = resizes.load(ordering: .relaxed)
        installSignalHandler(SIGWINCH, restartingCalls: true) { _ in
            _ = TerminalSize.resizes.add(1, ordering: .relaxed)
        }
    }

    /// How many resizes have been seen since ``watchResizes()``. Each observer keeps
    /// the last value it saw and re-reads ``current(fd:)`` when this one differs, so
    /// several observers (the line editor, the plot width) never steal the event from
    /// each other.
    public static var resizeCount: Int {
        resizes.load(ordering: .relaxed)
    }
}
