/// One key press, as a live view sees it: the arrows and the few editing keys by
/// name, everything printable as its character.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    /// An arrow with Shift (or another modifier) held: finer steps in the explorer.
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backspace, delete
    /// A printable character (a letter, a digit, `,`, a space, …).
    case character(Character)
    /// Ctrl with a letter, as the byte it sends (Ctrl-D is 4). Ctrl-C normally
    /// arrives as SIGINT instead, because the terminal keeps generating signals.
    case control(UInt8)
}

/// Assembles keys from the bytes a terminal sends, one byte at a time: escape
/// sequences for the arrows and Home/End in the forms xterm, tmux and the Linux
/// console use, UTF-8 for characters. Pure, so it is tested without a terminal.
///
/// A lone ESC cannot be told from the start of a sequence until the next byte comes
/// or does not; the reader calls ``flush()`` when no byte followed within a moment,
/// and the ESC becomes `.escape`.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    private var utf8Expected = 0

    public init() {}

    /// Whether bytes of an unfinished sequence are waiting (the reader should wait a
    /// moment for the rest, then ``flush()``).
    public var isWaiting: Bool { !pending.isEmpty }

    /// Feeds one byte; returns the keys it completes (none, one, or two when a
    /// broken sequence is given up and the byte starts anew).
    public mutating func feed(_ byte: UInt8) -> [Key] {
        if pending.isEmpty { return start(byte) }
        if pending[0] == 0x1B { return continueEscape(byte) }
        return continueUTF8(byte)
    }

    /// Ends an unfinished sequence: a lone ESC is the Escape key; anything else
    /// half-received is dropped.
    public mutating func flush() -> [Key] {
        defer { pending = [] }
        return pending == [0x1B] ? [.escape] : []
    }

    /// Every key in `bytes`, then a flush: for tests and for reading a burst at once.
    public static func keys(in bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return bytes.flatMap { decoder.feed($0) } + decoder.flush()
    }

    private mutating func start(_ byte: UInt8) -> [Key] {
        switch byte {
        case 0x1B:
            pending = [byte]
            return []
        case 0x0D, 0x0A: return [.enter]
        case 0x09: return [.tab]
        case 0x7F, 0x08: return [.backspace]
        case 0x00..<0x20: return [.control(byte)]
        case 0x20..<0x7F: return [.character(Character(Unicode.Scalar(byte)))]
        default:
            utf8Expected = Self.utf8Length(lead: byte)
            guard utf8Expected > 1 else { return [] }
            pending = [byte]
            return []
        }
    }

    private mutating func continueUTF8(_ byte: UInt8) -> [Key] {
        guard byte & 0b1100_0000 == 0b1000_0000 else {
            // Cut short by a new lead byte: drop the broken character, start again.
            pending = []
            return start(byte)
        }
        pending.append(byte)
        guard pending.count == utf8Expected else { return [] }
        defer { pending = [] }
        var iterator = pending.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return [.character(Character(scalar))] }
        return []
    }

    private mutating func continueEscape(_ byte: UInt8) -> [Key] {
        if pending.count == 1 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "O"):
                pending.append(byte)
                return []
            case 0x1B:
                // ESC ESC: the first was the Escape key; the second may start a sequence.
                return [.escape]
            default:
                // Alt with a key sends ESC then the key: read it as Escape, then the key.
                pending = []
                return [.escape] + start(byte)
            }
        }
        pending.append(byte)
        // SS3 (ESC O x): one final byte.
        if pending[1] == UInt8(ascii: "O") {
            defer { pending = [] }
            return Self.ss3Key(byte).map { [$0] } ?? []
        }
        // CSI (ESC [ params final): parameters and intermediates until a final byte.
        switch byte {
        case 0x20...0x3F:
            if pending.count > 16 { pending = [] }   // no key is that long; give up
            return []
        case 0x40...0x7E:
            defer { pending = [] }
            let parameters = String(decoding: pending[2..<(pending.count - 1)], as: UTF8.self)
            return Self.csiKey(parameters: parameters, final: byte).map { [$0] } ?? []
        default:
            pending = []
            return []
        }
    }

    private static func ss3Key(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "M"): return .enter   // keypad Enter in application mode
        default: return nil
        }
    }

    /// `ESC [ 1 ; 2 C` is Shift-→ (modifier 2 = Shift; 3 Alt, 5 Ctrl, ... all read
    /// as "modified"); `ESC [ 1 ~` and `ESC [ 7 ~` are Home in tmux and rxvt.
    private static func csiKey(parameters: String, final: UInt8) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let modified = numbers.count >= 2 && (numbers[1] ?? 1) > 1
        switch final {
        case UInt8(ascii: "A"): return modified ? .shiftUp : .up
        case UInt8(ascii: "B"): return modified ? .shiftDown : .down
        case UInt8(ascii: "C"): return modified ? .shiftRight : .right
        case UInt8(ascii: "D"): return modified ? .shiftLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch numbers.first ?? nil {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        default: return nil
        }
    }

    private static func utf8Length(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
