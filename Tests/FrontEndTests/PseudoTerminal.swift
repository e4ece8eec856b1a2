#if canImport(Glibc)
import Glibc
#endif

/// A failure while driving a child program, carrying what it had printed so far.
struct ChildProcessError: Error, CustomStringConvertible {
    let description: String
}

/// Runs a program on a pseudo-terminal of its own, as a learner's terminal would,
/// and lets a test type at it and read what it draws.
///
/// The child is started in a new session with the terminal as its controlling
/// terminal (so Ctrl-C typed here reaches it as SIGINT), with every signal unblocked
/// and the job-control signals at their defaults, because test threads run with
/// some of them blocked and children inherit that.
///
/// Nothing here sleeps for a fixed time: every wait polls for a condition with a
/// deadline (``timeout``), generous because the machine may be busy.
final class PseudoTerminal {
    let pid: pid_t
    /// Seconds to wait for each expectation.
    let timeout: Double
    private let master: Int32
    /// The terminal's device path (/dev/pts/N).
    let slaveName: String
    private var output: [UInt8] = []
    /// Where the next ``expect(_:)`` starts looking, so each match moves forward.
    private var searchStart = 0
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` on a new terminal of `columns` × `rows`.
    /// `environment` is the child's whole environment.
    init(
        executable: String,
        arguments: [String],
        environment: [String: String],
        columns: UInt16 = 80,
        rows: UInt16 = 24,
        timeout: Double = 20
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw ChildProcessError(description: "openpty failed: errno \(errno)")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        guard let slaveName = ttyname(slave).map({ String(cString: $0) }) else {
            close(master)
            close(slave)
            throw ChildProcessError(description: "ttyname failed: errno \(errno)")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by path after setsid, the terminal becomes the child's controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = try SpawnAttributes(newSession: true)
        defer { attributes.destroy() }
        do {
            self.pid = try spawn(executable, arguments: arguments, environment: environment,
                                 actions: &actions, attributes: &attributes.value)
        } catch {
            close(master)
            close(slave)
            throw error
        }
        close(slave)
        self.master = master
        self.slaveName = slaveName
        self.timeout = timeout
    }

    deinit {
        if exitStatus == nil { killAndReap(pid) }
        close(master)
    }

    // MARK: Typing

    /// Waits until the program is blocked reading keys in raw mode, then types
    /// `text`. Keys sent earlier can be echoed twice by the terminal driver or lose
    /// their control characters, so every typed key waits for this.
    func type(_ text: String) throws {
        try waitUntilReadingKeys()
        send(text)
    }

    /// Writes `text` to the terminal at once, for keys meant for a busy program
    /// (Ctrl-C during a computation).
    func send(_ text: String) {
        writeAll(master, Array(text.utf8))
    }

    private func waitUntilReadingKeys() throws {
        let deadline = Deadline(seconds: timeout)
        while true {
            var settings = termios()
            let rawMode = tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0
            if rawMode && processState(of: pid) == "S" { return }
            if exitStatus != nil || deadline.hasPassed {
                throw failure("the program never waited for keys in raw mode")
            }
            pump(milliseconds: 10)
        }
    }

    /// Changes the terminal's size as a window resize would; the kernel then sends
    /// SIGWINCH to the program. Done with stty(1), because Swift cannot call the
    /// variadic ioctl(2).
    func resize(columns: Int, rows: Int) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = try SpawnAttributes(newSession: false)
        defer { attributes.destroy() }
        let stty = try spawn("/bin/stty", arguments: ["-F", slaveName, "cols", "\(columns)", "rows", "\(rows)"],
                             environment: [:], actions: &actions, attributes: &attributes.value)
        var status: Int32 = 0
        while waitpid(stty, &status, 0) < 0 && errno == EINTR {}
        guard decodeWaitStatus(status) == 0 else { throw failure("stty could not resize the terminal") }
    }

    // MARK: Reading

    /// Waits until `text` appears after the previous match and moves past it.
    func expect(_ text: String) throws {
        let deadline = Deadline(seconds: timeout)
        let pattern = Array(text.utf8)
        while true {
            if let range = find(pattern, in: output, from: searchStart) {
                searchStart = range.upperBound
                return
            }
            if deadline.hasPassed {
                throw failure("timed out after \(timeout) s waiting for \(String(reflecting: text))")
            }
            if !pump(milliseconds: 50) && exitStatus != nil {
                throw failure("the program exited before printing \(String(reflecting: text))")
            }
        }
    }

    /// Everything the program has printed so far.
    var transcript: String {
        String(decoding: output, as: UTF8.self)
    }

    /// Reads what is available within `milliseconds`; returns whether anything came.
    /// Also reaps the child once it has exited, so waits can stop early.
    @discardableResult
    private func pump(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var gotOutput = false
        if poll(&descriptor, 1, milliseconds) > 0 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: chunk[..<count])
                gotOutput = true
            } else if count < 0 && errno == EIO && exitStatus == nil {
                // Every slave descriptor is closed: the child is gone or going;
                // avoid spinning on a poll that keeps reporting the hang-up.
                usleep(10_000)
            }
        }
        if exitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status }
        }
        return gotOutput
    }

    // MARK: Exit

    /// Waits for the program to end and returns its exit code, or minus the signal
    /// number that killed it.
    func waitForExit() throws -> Int32 {
        let deadline = Deadline(seconds: timeout)
        while exitStatus == nil {
            if deadline.hasPassed { throw failure("the program did not exit within \(timeout) s") }
            pump(milliseconds: 50)
        }
        return decodeWaitStatus(exitStatus!)
    }

    /// Whether the program is still running (it has not been reaped).
    var isRunning: Bool {
        pump(milliseconds: 0)
        return exitStatus == nil
    }

    private func failure(_ message: String) -> ChildProcessError {
        ChildProcessError(description: "\(message)\n--- terminal so far ---\n\(String(reflecting: transcript))")
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
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
        throw ChildProcessError(description: "posix_spawn \(executable) failed: error \(result)")
    }
    return pid
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
