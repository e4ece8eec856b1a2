#if canImport(Glibc)
import Glibc
#endif

/// Installs `handler` for `signal` with `sigaction` and unblocks the signal for the
/// calling thread (a parent may have started us with it blocked, and test runners
/// block some signals on their threads).
///
/// `restartingCalls` chooses `SA_RESTART`: with it a blocked `read` carries on after
/// the handler; without it the `read` fails with `EINTR`, which is how a waiting
/// prompt notices Ctrl-C. Handlers must only touch atomics.
func installSignalHandler(
    _ signal: Int32,
    restartingCalls: Bool,
    _ handler: @escaping @convention(c) (Int32) -> Void
) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = restartingCalls ? SA_RESTART : 0
    sigaction(signal, &action, nil)

    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, signal)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
}
