#if canImport(Glibc)
import Glibc
#endif

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
///
///     let terminal = try PseudoTerminal(executable: try builtExecutable("rnnlab"),
///                                       arguments: ["line-probe"], environment: environment)
///     try terminal.expect("probe> ")     // wait for the prompt
///     try terminal.type("hello\r")       // Enter is "\r"
///     try terminal.expect("got: hello\r\n")
///     try terminal.expect("probe> ")     // always wait for the next prompt before typing
///     try terminal.type("\u{04}")        // Ctrl-D
///     #expect(try terminal.waitForExit() == 0)
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
        // ttyname_r, not ttyname: ttyname returns one static buffer, and tests run in
        // parallel, so another test's call could rewrite the name under us (a spawn
        // once failed with EISDIR, having opened a half-written "/dev/pts/").
        var nameBuffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let nameResult = ttyname_r(slave, &nameBuffer, nameBuffer.count)
        guard nameResult == 0 else {
            close(master)
            close(slave)
            throw ChildProcessError(description: "ttyname_r failed: errno \(nameResult)")
        }
        let slaveName = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

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
