import TermPlot

/// How a view may draw: the screen's size, colour and whether Unicode is allowed.
public struct ViewStyle: Sendable, Equatable {
    public var columns: Int
    public var rows: Int
    public var color: ColorMode
    public var unicode: Bool

    public init(columns: Int = 80, rows: Int = 24, color: ColorMode = .none, unicode: Bool = true) {
        self.columns = max(columns, 20)
        self.rows = max(rows, 8)
        self.color = color
        self.unicode = unicode
    }

    /// Bold and dim text when colour is on; plain text otherwise.
    public func bold(_ s: String) -> String { color == .none ? s : "\u{1b}[1m\(s)\u{1b}[0m" }
    public func dim(_ s: String) -> String { color == .none ? s : "\u{1b}[2m\(s)\u{1b}[0m" }
}

/// What a view did with a key.
public enum KeyResponse: Equatable, Sendable {
    /// The view changed: draw its frame again.
    case redraw
    /// Nothing to change (a key it does not use, or the end of a range).
    case unchanged
    /// The learner is done with the view.
    case leave
}

/// Something drawn as one frame at a time that keys move: the BPTT stepper, the
/// spectrum explorer. A view is a value; drawing is a string per frame, so a test
/// plays keys into it and reads its frames without a terminal.
public protocol LiveView {
    /// The whole frame for a screen of `style`'s size: no line wider than its
    /// columns, no more lines than its rows less one (the last line may name the keys).
    func frame(_ style: ViewStyle) -> String
    /// Applies one key press.
    mutating func press(_ key: Key) -> KeyResponse
}

/// The frames `view` shows for `keys`: the first frame, then one after each key
/// (a key that changes nothing shows the same frame again). Ends early when a key
/// leaves. How tests watch a view without a terminal.
public func framesPlayed<View: LiveView>(_ view: View, keys: [Key], style: ViewStyle) -> [String] {
    var view = view
    var frames = [view.frame(style)]
    for key in keys {
        if view.press(key) == .leave { break }
        frames.append(view.frame(style))
    }
    return frames
}
