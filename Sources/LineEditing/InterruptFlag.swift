#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C as a flag: the SIGINT handler only records that the key was pressed.
///
/// Long computations poll ``isSet`` and unwind with their own "interrupted" error;
/// the REPL calls ``clear()`` before it runs the next thing. The handler is installed
/// without `SA_RESTART`, so a blocking `read` returns `EINTR` and a prompt can notice.
/// Because the program never dies of SIGINT, Ctrl-C can never exit it.
public enum InterruptFlag {
    private static let pressed = Atomic<Bool>(false)

    /// Installs the SIGINT handler and unblocks SIGINT for the calling thread (a
    /// parent may have spawned us with it blocked). Safe to call more than once.
    /// Call it from the main thread, which the kernel prefers for the signal, so that
    /// a prompt waiting there is woken.
    public static func install() {
        // The static is initialised lazily; do it here, not inside the handler.
        _ = pressed.load(ordering: .relaxed)
        installSignalHandler(SIGINT, restartingCalls: false) { _ in
            InterruptFlag.pressed.store(true, ordering: .relaxed)
        }
    }

    /// Whether Ctrl-C was pressed since the last ``clear()``. A relaxed load: cheap
    /// enough to check on every step of an interpreter loop.
    public static var isSet: Bool {
        pressed.load(ordering: .relaxed)
    }

    /// Forgets an earlier Ctrl-C.
    public static func clear() {
        pressed.store(false, ordering: .relaxed)
    }

    /// Records a Ctrl-C as the signal handler would; for tests and for code that
    /// wants to stop a computation for its own reasons.
    public static func set() {
        pressed.store(true, ordering: .relaxed)
    }
}
