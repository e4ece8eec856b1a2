/// A line the learner typed, read as a command, a help request or code.
public enum Command: Equatable, Sendable {
    case next, back, lessons, hint, solution, skip, vars, help, quit, edit
    /// `:run` runs the step's cell as it is now (edited or not); `:run original` the lesson's own.
    case run(original: Bool)
    case goto(lesson: String, step: Int?)
    case reset(all: Bool)
    /// `:save FILE`; `:save! FILE` replaces an existing file without asking.
    case save(path: String, force: Bool)
    /// `:step` opens the BPTT stepper; `:step tr` opens it on the trace in `tr`.
    case step(String?)
    /// `:explore W` opens the spectrum explorer on the matrix W (any expression).
    case explore(String)
    case helpFor(String)
    case code(String)
    case unknown(String)

    /// Every command name, for `:help` and Tab completion.
    public static let names = [
        ":next", ":back", ":lessons", ":goto", ":lesson", ":run", ":edit", ":hint", ":solution", ":skip", ":reset",
        ":vars", ":save", ":save!", ":step", ":explore", ":help", ":quit",
    ]

    public static func parse(_ input: String) -> Command {
        let trimmed = input.trimmingSpaces()
        if trimmed.isEmpty { return .next }
        if trimmed.hasPrefix("?") && trimmed.count > 1 && !trimmed.contains("\n") {
            return .helpFor(String(trimmed.dropFirst()).trimmingSpaces())
        }
        guard trimmed.hasPrefix(":"), !trimmed.contains("\n") else { return .code(input) }
        // `:sym` on its own is a Julia symbol, not a command, unless the name is ours.
        let words = trimmed.split(separator: " ").map(String.init)
        let name = words[0]
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case ":next", ":n": return .next
        case ":back", ":b": return .back
        case ":lessons", ":l": return .lessons
        case ":run", ":r":
            if argument.isEmpty { return .run(original: false) }
            return argument == "original" ? .run(original: true) : .unknown(":run takes nothing or `original`")
        case ":edit", ":e": return .edit
        case ":hint", ":h": return .hint
        case ":solution": return .solution
        case ":skip": return .skip
        case ":vars": return .vars
        case ":help", ":?": return .help
        case ":quit", ":q", ":exit": return .quit
        case ":step": return .step(argument.isEmpty ? nil : argument)
        case ":explore":
            return argument.isEmpty ? .unknown(":explore needs a matrix, e.g. :explore W") : .explore(argument)
        case ":save", ":save!":
            guard !argument.isEmpty else { return .unknown("\(name) needs a file name: notes.md, notes.jl or notes.ipynb") }
            return .save(path: argument, force: name == ":save!")
        case ":reset":
            if argument.isEmpty { return .reset(all: false) }
            return argument == "all" ? .reset(all: true) : .unknown(":reset takes nothing or `all`")
        case ":goto", ":lesson":
            // Alone, it lists the lessons to choose from.
            guard let target = words.dropFirst().first else { return .lessons }
            // `:goto 4.2` or `:goto 4 2` opens step 2 of lesson 4.
            let parts = target.split(separator: ".").map(String.init)
            if parts.count == 2, let s = Int(parts[1]) { return .goto(lesson: parts[0], step: s) }
            if words.count >= 3, let s = Int(words[2]) { return .goto(lesson: target, step: s) }
            return .goto(lesson: target, step: nil)
        default:
            if words.count == 1 && !Command.names.contains(name) && name.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                return .unknown("unknown command \(name) (:help lists them; a symbol on its own is just \(name))")
            }
            return .code(input)
        }
    }
}
