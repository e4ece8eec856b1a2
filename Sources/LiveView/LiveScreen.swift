/// What the front end offers live output: a frame redrawn in place and, on a
/// terminal, keys read one at a time. Code that draws (a progress bar, a live plot,
/// a view) talks to this and never to the terminal; without a terminal there is no
/// screen at all, and such code prints its final frame as text instead.
public protocol LiveScreen: AnyObject {
    /// Columns and rows of the terminal now.
    var size: (columns: Int, rows: Int) { get }
    /// Draws `frame` in place of the live frame, opening one below the text so far.
    func show(_ frame: String)
    /// Leaves the live frame where it is; later text goes below it.
    func close()
    /// Runs `body` with keys read one at a time and not echoed, the cursor hidden;
    /// the terminal is restored afterwards, whatever happens.
    func readingKeys<T>(_ body: () throws -> T) rethrows -> T
    /// Waits for the next key (only inside ``readingKeys(_:)``).
    func nextKey() -> KeyEvent
}

/// What waiting for a key produced.
public enum KeyEvent: Equatable, Sendable {
    case key(Key)
    /// The window changed size: draw the frame again for ``LiveScreen/size``.
    case resized
    /// Ctrl-C.
    case interrupted
    /// The terminal went away (or Ctrl-D).
    case endOfInput
}

/// How a view that was presented came to an end.
public enum ViewEnding: Equatable, Sendable {
    /// The learner left it (`q`, Esc).
    case left
    /// Ctrl-C, or the terminal went away.
    case interrupted
}

/// Shows `view` on `screen` and moves it by keys until the learner leaves; the last
/// frame stays on the screen. `style` gives colour and Unicode; the size comes from
/// the screen, read again after every resize.
@discardableResult
public func present<View: LiveView>(_ view: inout View, on screen: LiveScreen, style: ViewStyle) -> ViewEnding {
    func draw() {
        var sized = style
        let size = screen.size
        sized.columns = max(size.columns, 20)
        sized.rows = max(size.rows, 8)
        screen.show(view.frame(sized))
    }
    defer { screen.close() }
    return screen.readingKeys {
        draw()
        while true {
            switch screen.nextKey() {
            case .key(let key):
                switch view.press(key) {
                case .redraw: draw()
                case .unchanged: break
                case .leave: return .left
                }
            case .resized: draw()
            case .interrupted, .endOfInput: return .interrupted
            }
        }
    }
}
