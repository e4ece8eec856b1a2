import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Helpers for tests that start the built program: finding it, giving it a state
// directory of its own, spawning it, and waiting on it with deadlines.

/// A failure while driving a child program, carrying what it had printed so far.
struct ChildProcessError: Error, CustomStringConvertible {
    let description: String
}

/// The path of an executable built beside this test bundle (SwiftPM puts products
/// and the test runner in one folder).
func builtExecutable(_ name: String) throws -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { throw ChildProcessError(description: "cannot read /proc/self/exe") }
    let runner = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let folder = runner[..<(runner.lastIndex(of: "/") ?? runner.endIndex)]
    let path = folder + "/" + name
    guard access(path, X_OK) == 0 else {
        throw ChildProcessError(description: "\(path) is not built; FrontEndTests must depend on it")
    }
    return String(path)
}

/// A fresh directory under /tmp (for XDG_STATE_HOME and HOME), deleted with
/// everything in it when the last reference goes away.
final class TemporaryDirectory: Sendable {
    let path: String

    init(prefix: String) throws {
        var template = Array("/tmp/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ChildProcessError(description: "mkdtemp failed: errno \(errno)")
        }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

// MARK: Helpers shared with the piped runs

/// posix_spawn attributes: all signals unblocked, the ones a shell would reset at
/// their defaults, and optionally a new session.
struct SpawnAttributes {
    var value = posix_spawnattr_t()

    init(newSession: Bool) throws {
        posix_spawnattr_init(&value)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&value, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE, SIGHUP] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&value, &defaults)
        // POSIX_SPAWN_SETSID is 0x80 in glibc; Swift does not import it.
        let setSession: Int32 = newSession ? 0x80 : 0
        let flags = Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF) | setSession
        guard posix_spawnattr_setflags(&value, Int16(flags)) == 0 else {
            throw ChildProcessError(description: "posix_spawnattr_setflags failed")
        }
    }

    mutating func destroy() {
        posix_spawnattr_destroy(&value)
    }
}

/// Starts a program and returns its process id.
func spawn(
    _ executable: String,
    arguments: [String],
    environment: [String: String],
    actions: inout posix_spawn_file_actions_t,
    attributes: inout posix_spawnattr_t
) throws -> pid_t {
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    ignoreBrokenPipes()
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
        throw ChildProcessError(description: "posix_spawn \(executable) failed: error \(result)")
    }
    return pid
}

/// The test process ignores SIGPIPE, so writing to a child that has already exited
/// fails with EPIPE (which `writeAll` treats as "the child is gone") instead of
/// killing the whole test run with signal 13, as it did a few times under load.
/// Children get the default action back (`SpawnAttributes`).
func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
}

/// Writes all of `bytes` to `fd`, retrying short and interrupted writes; stops
/// early on a real error (the child is gone).
func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var rest = bytes[...]
    while !rest.isEmpty {
        let written = rest.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written > 0 {
            rest = rest.dropFirst(written)
        } else if written < 0 && errno != EINTR && errno != EAGAIN {
            return
        }
    }
}

/// Kills a child that is still running and waits for it, so no process outlives
/// its test.
func killAndReap(_ pid: pid_t) {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

/// The exit code of a `waitpid` status, or minus the signal that ended the process.
func decodeWaitStatus(_ status: Int32) -> Int32 {
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : -signal
}

/// The range of the first occurrence of `pattern` in `bytes` at or after `start`.
func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Range<Int>? {
    guard !pattern.isEmpty, bytes.count - start >= pattern.count else { return nil }
    for index in start...(bytes.count - pattern.count)
    where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
        return index..<(index + pattern.count)
    }
    return nil
}

/// The state letter of a process from /proc/PID/stat ("S" sleeping, "R" running).
func processState(of pid: pid_t) -> Character? {
    let fd = open("/proc/\(pid)/stat", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    // The command name is in parentheses and may itself hold spaces or ")".
    guard let close = text.lastIndex(of: ")") else { return nil }
    return text[text.index(after: close)...].first { $0 != " " }
}

/// A point in monotonic time some seconds from now.
struct Deadline {
    private let end: Double

    init(seconds: Double) {
        end = Self.now() + seconds
    }

    var hasPassed: Bool { Self.now() > end }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
