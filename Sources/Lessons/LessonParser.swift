import LiveView

/// Reads the lesson format: Markdown prose, fenced `julia` cells, fenced `output`
/// blocks with a cell's expected output, and `::: exercise ID` … `:::` blocks.
/// See `lessons/README.md` for the format as authors see it.
public enum LessonParser {
    /// Lessons are tens of kilobytes; a file far larger is not one to page through,
    /// and a crafted one should not take the notebook's memory and time.
    static let largestLesson = 4 << 20

    public static func parse(_ text: String, id: String, path: String) throws -> Lesson {
        let size = text.utf8.count
        guard size <= largestLesson else {
            throw LessonFormatError(
                path: path, line: 1, message: "the lesson is \(size) bytes; lessons over 4 MB (\(largestLesson) bytes) are refused")
        }
        // A lesson is untrusted content: no escape sequence in it reaches the
        // terminal (the renderer adds RNNLab's own colours afterwards).
        var parser = State(lines: lines(of: neutralizingControls(text, keepingColour: false)), path: path)
        let steps = try parser.parseSteps()
        try rejectDuplicateExercises(in: steps, path: path)
        guard let title = parser.title else {
            throw LessonFormatError(path: path, line: 1, message: "a lesson needs a `# Title` heading")
        }
        return Lesson(id: id, title: title, steps: steps, path: path)
    }

    /// The lines of `text`, ending at "\n" or "\r\n": a file saved on Windows is the
    /// same lesson. (Swift reads "\r\n" as one `Character`, so splitting at "\n" alone
    /// left such a file one long line: "the lesson has no prose or cells".)
    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    }

    /// Progress is kept per exercise ID, so two exercises with one ID would share
    /// their "solved" mark: an authoring mistake, named with both lines.
    static func rejectDuplicateExercises(in steps: [Step], path: String) throws {
        var seen: [String: Int] = [:]
        for exercise in steps.compactMap(\.exercise) {
            if let first = seen[exercise.id] {
                throw LessonFormatError(
                    path: path, line: exercise.line,
                    message: "exercise ID `\(exercise.id)` is used twice (first on line \(first)); each exercise needs its own ID")
            }
            seen[exercise.id] = exercise.line
        }
    }

    /// A fenced block: its info string words and body.
    struct Fence {
        let info: [String]
        let body: String
        let line: Int
    }

    struct State {
        let lines: [String]
        let path: String
        var index = 0
        var title: String?

        init(lines: [String], path: String) {
            self.lines = lines
            self.path = path
        }

        func error(_ message: String, line: Int? = nil) -> LessonFormatError {
            LessonFormatError(path: path, line: line ?? index + 1, message: message)
        }

        static func fenceInfo(_ line: String) -> [String]? {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("```") else { return nil }
            return trimmed.dropFirst(3).split(separator: " ").map(String.init)
        }

        /// Reads a fenced block starting at the current line.
        mutating func readFence() throws -> Fence {
            let start = index
            let info = State.fenceInfo(lines[index]) ?? []
            index += 1
            var body: [String] = []
            while index < lines.count {
                if lines[index].trimmingSpaces() == "```" {
                    index += 1
                    return Fence(info: info, body: body.joined(separator: "\n"), line: start + 2)
                }
                body.append(lines[index])
                index += 1
            }
            throw error("this code block is never closed with ```", line: start + 1)
        }

        mutating func parseSteps() throws -> [Step] {
            var steps: [Step] = []
            var prose: [String] = []
            func flushProse(into steps: inout [Step]) {
                let text = prose.joined(separator: "\n").trimmingBlankLines()
                prose = []
                if !text.isEmpty { steps.append(Step(prose: text, cell: nil, exercise: nil)) }
            }
            while index < lines.count {
                let line = lines[index]
                if title == nil, line.hasPrefix("# ") {
                    title = String(line.dropFirst(2)).trimmingSpaces()
                    index += 1
                    continue
                }
                if line.trimmingSpaces() == "---" {
                    // An explicit break between prose-only steps.
                    flushProse(into: &steps)
                    index += 1
                    continue
                }
                if line.hasPrefix(":::") {
                    let exercise = try parseExercise()
                    let text = prose.joined(separator: "\n").trimmingBlankLines()
                    prose = []
                    steps.append(Step(prose: text, cell: nil, exercise: exercise))
                    continue
                }
                if let info = State.fenceInfo(line) {
                    let language = info.first ?? ""
                    if language == "julia" {
                        var cell = try cell(from: readFence())
                        cell.expected = try readExpectedOutput()
                        let text = prose.joined(separator: "\n").trimmingBlankLines()
                        prose = []
                        steps.append(Step(prose: text, cell: cell, exercise: nil))
                        continue
                    }
                    if language == "output" {
                        throw error("an ```output block must follow a ```julia cell")
                    }
                    // Any other fence (text diagrams, formulas) is prose, kept verbatim.
                    let start = index
                    _ = try readFence()
                    prose.append(contentsOf: lines[start..<index])
                    continue
                }
                prose.append(line)
                index += 1
            }
            flushProse(into: &steps)
            // A step made only of the title's introduction with nothing else is still
            // a step; a lesson with no steps at all is an authoring mistake.
            if steps.isEmpty { throw error("the lesson has no prose or cells", line: 1) }
            return steps
        }

        func cell(from fence: Fence) throws -> Cell {
            var kind = Cell.Kind.normal
            for word in fence.info.dropFirst() {
                guard let k = Cell.Kind(rawValue: word) else {
                    throw error("unknown cell option `\(word)` (expected hidden or long)", line: fence.line - 1)
                }
                kind = k
            }
            return Cell(code: fence.body, kind: kind, line: fence.line, expected: nil)
        }

        /// An ```output block right after a cell (blank lines between are allowed).
        mutating func readExpectedOutput() throws -> ExpectedOutput? {
            var look = index
            while look < lines.count && lines[look].trimmingSpaces().isEmpty { look += 1 }
            guard look < lines.count, let info = State.fenceInfo(lines[look]), info.first == "output" else { return nil }
            index = look
            let fence = try readFence()
            var tolerance = 1e-8
            for word in fence.info.dropFirst() {
                guard word.hasPrefix("tol="), let t = Double(word.dropFirst(4)), t >= 0 else {
                    throw error("unknown output option `\(word)` (expected tol=NUMBER)", line: fence.line - 1)
                }
                tolerance = t
            }
            return ExpectedOutput(text: fence.body, tolerance: tolerance, line: fence.line)
        }

        /// `::: exercise ID` … `:::` holding the task prose and fenced `julia solution`
        /// (required), `julia check`, `julia vary`, `julia reject` and `hint` blocks.
        mutating func parseExercise() throws -> Exercise {
            let start = index
            let header = lines[index].dropFirst(3).split(separator: " ").map(String.init)
            guard header.first == "exercise", header.count == 2 else {
                throw error("expected `::: exercise ID` (one word for the ID)")
            }
            index += 1
            var task: [String] = []
            var check: String?
            var solution: String?
            var tolerance = 1e-8
            var variations: [WorkspaceVariation] = []
            var nonAnswers: [NonAnswer] = []
            var hints: [String] = []
            while index < lines.count {
                let line = lines[index]
                if line.trimmingSpaces() == ":::" {
                    index += 1
                    guard let solution else {
                        throw error("exercise `\(header[1])` has no ```julia solution block", line: start + 1)
                    }
                    return Exercise(
                        id: header[1], task: task.joined(separator: "\n").trimmingBlankLines(), check: check,
                        solution: solution, tolerance: tolerance, variations: variations, nonAnswers: nonAnswers,
                        hints: hints, line: start + 1)
                }
                if let info = State.fenceInfo(line) {
                    let fence = try readFence()
                    switch (info.first, info.dropFirst().first) {
                    case ("julia", "check"): check = fence.body
                    case ("julia", "solution"):
                        solution = fence.body
                        for word in info.dropFirst(2) {
                            guard word.hasPrefix("tol="), let t = Double(word.dropFirst(4)), t >= 0 else {
                                throw error("unknown solution option `\(word)` (expected tol=NUMBER)", line: fence.line - 1)
                            }
                            tolerance = t
                        }
                    case ("julia", "vary"): variations.append(WorkspaceVariation(code: fence.body, line: fence.line))
                    case ("julia", "reject"): nonAnswers.append(NonAnswer(code: fence.body, line: fence.line))
                    case ("hint", nil): hints.append(fence.body)
                    case ("julia", let option?):
                        throw error(
                            "unknown exercise block `julia \(option)` (expected check, solution, vary or reject)",
                            line: fence.line - 1)
                    default: task.append(contentsOf: lines[(fence.line - 2)..<index])
                    }
                    continue
                }
                task.append(line)
                index += 1
            }
            throw error("exercise `\(header[1])` is never closed with :::", line: start + 1)
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s = s.dropLast() }
        return String(s)
    }

    /// Drops blank lines at both ends, keeping inner blank lines (paragraph breaks).
    func trimmingBlankLines() -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
