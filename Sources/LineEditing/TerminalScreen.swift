#if canImport(Glibc)
import Glibc
#endif
import LiveView

/// The terminal as a ``LiveScreen``: every piece of the notebook's output goes
/// through ``write(_:)``, so that a live frame (a progress bar, a plot a loop draws,
/// a view) can be redrawn in place under it; inside ``readingKeys(_:)`` keys come
/// one at a time, unechoed, with Ctrl-C still a signal (``InterruptFlag``).
///
/// What to write is worked out by ``LiveRegion``; this class only moves the bytes
/// and switches the terminal's modes.
public final class TerminalScreen: LiveScreen {
    private let inputFD: Int32
    private let outputFD: Int32
    private var region: LiveRegion
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    private var seenResizes = TerminalSize.resizeCount

    /// A screen on standard input and output; nil unless both are terminals.
    public init?() {
        guard standardStreamsAreTerminals() else { return nil }
        inputFD = STDIN_FILENO
        outputFD = STDOUT_FILENO
        TerminalSize.watchResizes()
        let size = TerminalSize.current(fd: STDOUT_FILENO) ?? (80, 24)
        region = LiveRegion(columns: size.columns, rows: size.rows)
    }

    public var size: (columns: Int, rows: Int) {
        TerminalSize.current(fd: outputFD) ?? (region.columns, region.rows)
    }

    /// Writes the program's text, under the live frame if one is open.
    public func write(_ text: String) {
        flushAllOutput()
        send(region.print(text))
    }

    public func show(_ frame: String) {
        noticeResize()
        send(region.show(frame))
    }

    public func close() {
        region.close()
    }

    public func readingKeys<T>(_ body: () throws -> T) rethrows -> T {
        var saved = termios()
        let isTerminal = tcgetattr(inputFD, &saved) == 0
        if isTerminal {
            var raw = saved
            // Keys one at a time, not echoed; signals stay on, so Ctrl-C is SIGINT.
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &raw.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            tcsetattr(inputFD, TCSANOW, &raw)
        }
        send("\u{1b}[?25l")
        defer {
            send("\u{1b}[?25h")
            if isTerminal { tcsetattr(inputFD, TCSANOW, &saved) }
            decoder = KeyDecoder()
            queued = []
        }
        return try body()
    }

    public func nextKey() -> KeyEvent {
        while true {
            if !queued.isEmpty { return .key(queued.removeFirst()) }
            if InterruptFlag.isSet { return .interrupted }
            if TerminalSize.resizeCount != seenResizes {
                noticeResize()
                return .resized
            }
            // A lone ESC is the Escape key when nothing follows it within 50 ms.
            var descriptor = pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, decoder.isWaiting ? 50 : 200)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 {
                if decoder.isWaiting { queued += decoder.flush() }
                continue
            }
            var byte: UInt8 = 0
            let count = read(inputFD, &byte, 1)
            if count == 1 {
                queued += decoder.feed(byte)
            } else if count == 0 || errno != EINTR {
                return .endOfInput
            }
        }
    }

    private func noticeResize() {
        let resizes = TerminalSize.resizeCount
        guard resizes != seenResizes else { return }
        seenResizes = resizes
        if let size = TerminalSize.current(fd: outputFD) { region.resize(columns: size.columns, rows: size.rows) }
    }

    private func send(_ text: String) {
        guard !text.isEmpty else { return }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(outputFD, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
