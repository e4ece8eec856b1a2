#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with its standard input and output on pipes (no terminal
/// anywhere), as `printf '...' | rnnlab` or CI would.
final class PipedProcess {
    let pid: pid_t
    private var input: Int32
    private let outputPipe: Int32
    private var output: [UInt8] = []
    private var exitStatus: Int32?
    /// The child's peak resident memory in KiB, known once it has been reaped.
    private(set) var peakResidentKiB: Int?
    let timeout: Double

    init(executable: String, arguments: [String], environment: [String: String], timeout: Double = 20) throws {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw ChildProcessError(description: "pipe failed: errno \(errno)")
        }
        // Other children spawned meanwhile must not hold our pipe ends open.
        for fd in toChild + fromChild {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 2)
        var attributes = try SpawnAttributes(newSession: false)
        defer { attributes.destroy() }
        pid = try spawn(executable, arguments: arguments, environment: environment,
                        actions: &actions, attributes: &attributes.value)
        close(toChild[0])
        close(fromChild[1])
        input = toChild[1]
        outputPipe = fromChild[0]
        self.timeout = timeout
    }

    deinit {
        if exitStatus == nil { killAndReap(pid) }
        if input >= 0 { close(input) }
        close(outputPipe)
    }

    func write(_ text: String) {
        if input >= 0 { writeAll(input, Array(text.utf8)) }
    }

    /// Closes the child's standard input: end of input.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Waits until the child is blocked (state "S"), e.g. waiting for input.
    func waitUntilBlocked() throws {
        let deadline = Deadline(seconds: timeout)
        while processState(of: pid) != "S" {
            if deadline.hasPassed { throw ChildProcessError(description: "the program never blocked") }
            usleep(10_000)
        }
    }

    /// Waits until `signal`, sent earlier, is no longer pending: the child has
    /// taken it (and run its handler).
    func waitUntilDelivered(_ signal: Int32) throws {
        let deadline = Deadline(seconds: timeout)
        while isPending(signal) {
            if deadline.hasPassed { throw ChildProcessError(description: "signal \(signal) never delivered") }
            usleep(10_000)
        }
    }

    private func isPending(_ signal: Int32) -> Bool {
        let fd = open("/proc/\(pid)/status", O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        let bit = UInt64(1) << UInt64(signal - 1)
        for line in String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n")
        where line.hasPrefix("SigPnd:") || line.hasPrefix("ShdPnd:") {
            let hex = line.split(separator: "\t").last.map(String.init) ?? ""
            if let mask = UInt64(hex, radix: 16), mask & bit != 0 { return true }
        }
        return false
    }

    /// Reads everything until the child closes its output, then reaps it; returns
    /// the output and the exit code (minus the signal number if it was killed).
    func finish() throws -> (output: [UInt8], code: Int32) {
        closeInput()
        let deadline = Deadline(seconds: timeout)
        while true {
            var descriptor = pollfd(fd: outputPipe, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 50) > 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = chunk.withUnsafeMutableBytes { read(outputPipe, $0.baseAddress, $0.count) }
                if count > 0 {
                    output.append(contentsOf: chunk[..<count])
                } else if count == 0 {
                    break
                }
            }
            if deadline.hasPassed { throw ChildProcessError(description: "the program did not finish") }
        }
        while exitStatus == nil {
            var status: Int32 = 0
            var usage = rusage()
            if wait4(pid, &status, WNOHANG, &usage) == pid {
                exitStatus = status
                peakResidentKiB = usage.ru_maxrss
            } else if deadline.hasPassed {
                throw ChildProcessError(description: "the program did not exit")
            } else {
                usleep(10_000)
            }
        }
        return (output, decodeWaitStatus(exitStatus!))
    }
}
