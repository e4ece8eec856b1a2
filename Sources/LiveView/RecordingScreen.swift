/// A screen without a terminal that plays a script of key events and keeps every
/// frame shown: what tests hand to code that draws live (the session's views, the
/// language's progress bars), to watch it as a terminal would.
public final class RecordingScreen: LiveScreen {
    public var size: (columns: Int, rows: Int)
    /// Events still to come; when they run out, the screen reports Ctrl-C, so a
    /// script that forgets to leave cannot hang a test.
    public var script: [KeyEvent]
    /// Every frame shown, in order.
    public private(set) var frames: [String] = []
    /// How often the live frame was closed.
    public private(set) var closes = 0
    /// Whether keys are being read now (between entering and leaving `readingKeys`).
    public private(set) var readsKeys = false

    public init(columns: Int = 80, rows: Int = 24, script: [KeyEvent] = []) {
        size = (columns, rows)
        self.script = script
    }

    public func show(_ frame: String) { frames.append(frame) }

    public func close() { closes += 1 }

    public func readingKeys<T>(_ body: () throws -> T) rethrows -> T {
        readsKeys = true
        defer { readsKeys = false }
        return try body()
    }

    public func nextKey() -> KeyEvent {
        script.isEmpty ? .interrupted : script.removeFirst()
    }
}
