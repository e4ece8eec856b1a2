// Text a course or a program made, made safe to print on a terminal.
//
// A terminal obeys escape sequences in what it is sent: OSC 52 writes the clipboard,
// OSC 0 sets the window title, ESC [ 2 J clears the screen. A course is untrusted
// content (issue 12: a lesson could read a file and copy it to the learner's
// clipboard), so its prose and what its cells print reach the terminal through this.

/// `text` with every control character and escape sequence made visible instead of
/// obeyed: ESC becomes "␛", other C0 controls their control pictures ("␇" for BEL),
/// DEL "␡", and the C1 controls (U+0080–U+009F, which some terminals read as CSI or
/// OSC) "�". Newline, tab and carriage return stay. With `keepingColour`, colour and
/// style sequences (SGR: ESC [ digits ; … m), which only change how text looks, stay
/// too, so plots and a program's coloured output still show in colour.
public func neutralizingControls(_ text: String, keepingColour: Bool = true) -> String {
    let scalars = Array(text.unicodeScalars)
    // Most text has nothing to change; return it untouched.
    guard scalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
        let scalar = scalars[i]
        if scalar == "\u{1b}", keepingColour, let end = endOfColourSequence(scalars, from: i) {
            out.append(contentsOf: scalars[i..<end])
            i = end
            continue
        }
        switch scalar.value {
        case 0x0a, 0x09, 0x0d: out.append(scalar)
        case 0x1b: out.append("\u{241B}")
        case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7f: out.append("\u{2421}")
        case 0x80..<0xa0: out.append("\u{FFFD}")
        default: out.append(scalar)
        }
        i += 1
    }
    return String(out)
}

private func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0a, 0x09, 0x0d: false
    case 0x00..<0x20, 0x7f..<0xa0: true
    default: false
    }
}

/// Where the SGR sequence starting at `start` (ESC [ parameters m) ends, or nil when
/// the escape there is anything else.
private func endOfColourSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var i = start + 1
    guard i < scalars.count, scalars[i] == "[" else { return nil }
    i += 1
    // 64 parameter characters are more than any colour needs (38;2;R;G;B is 16).
    while i < scalars.count, i - start < 64 {
        let s = scalars[i]
        if s == "m" { return i + 1 }
        guard ("0"..."9").contains(s) || s == ";" || s == ":" else { return nil }
        i += 1
    }
    return nil
}

/// `text` without its colour and style sequences (SGR), every other byte as it was:
/// colour off for a pipe or a terminal that does not want it, while what a program
/// printed otherwise reaches a pipe unchanged.
public func removingColour(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains("\u{1b}") else { return text }
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
        if scalars[i] == "\u{1b}", let end = endOfColourSequence(scalars, from: i) {
            i = end
            continue
        }
        out.append(scalars[i])
        i += 1
    }
    return String(out)
}
