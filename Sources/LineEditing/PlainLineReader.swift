#if canImport(Glibc)
import Glibc
#endif

/// Reads lines from a pipe or file: no prompt, no echo, no escape codes, so that
/// `printf '1+1\n' | rnnlab` produces only the program's own output.
///
/// Lines end at "\n"; a "\r" before it is dropped too, so files saved with Windows
/// line ends read the same. A last line without a terminator is still returned.
/// Invalid UTF-8 becomes U+FFFD rather than an error.
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var reachedEnd = false

    /// Reads from file descriptor `fd` (standard input by default). The reader does
    /// not close it.
    public init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    /// Returns the next line. The prompt is not shown. A Ctrl-C that interrupts the
    /// wait (the read fails with `EINTR` and ``InterruptFlag`` is set) returns
    /// `.interrupted`, drops the partial line and clears the flag.
    public func readLine(prompt: String) -> LineResult {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > buffer.startIndex && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if reachedEnd {
                guard !buffer.isEmpty else { return .endOfInput }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer = []
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                reachedEnd = true
            } else if errno == EINTR {
                if InterruptFlag.isSet {
                    InterruptFlag.clear()
                    buffer = []
                    return .interrupted
                }
            } else {
                reachedEnd = true
            }
        }
    }

    /// Plain input keeps no history.
    public func addHistory(_ entry: String) {}
}
