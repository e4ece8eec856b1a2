#if canImport(Glibc)
import Glibc
#endif
import LineEditing

/// Starts the learner's editor on the terminal and waits for it: the front end's whole
/// part in `:edit` (choosing the editor, the file and what happens next is the
/// session's). `posix_spawnp` keeps the editor in our process group, so it is the
/// terminal's foreground job and may read keys; `PATH` finds `nano` or `vi`.
func runEditor(_ words: [String]) -> Bool {
    guard !words.isEmpty else { return false }
    var arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    flushAllOutput()
    var child: pid_t = 0
    guard posix_spawnp(&child, words[0], nil, nil, &arguments, environ) == 0 else { return false }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
        // A signal (a resize, Ctrl-C reaching us too) interrupts the wait, not the editor.
        if errno != EINTR { return false }
    }
    // Exited normally with status 0 (WIFEXITED and WEXITSTATUS, which are macros).
    return status & 0x7f == 0 && (status >> 8) & 0xff == 0
}
