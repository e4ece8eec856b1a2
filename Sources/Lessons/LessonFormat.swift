/// A lesson: a Markdown file of prose and code cells, split into steps.
/// The format is documented for lesson authors in `lessons/README.md`.
public struct Lesson: Sendable, Equatable {
    /// The file name without `.md`, e.g. `04-bptt`; progress is stored under it.
    public let id: String
    /// The text of the first `# ` heading.
    public let title: String
    public let steps: [Step]
    /// Where the lesson was read from, for error messages.
    public let path: String

    /// The folder holding the lesson's file, where its cells' relative paths
    /// (`read("data/…")`) point; "" for a file named without a folder.
    public var folder: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The leading number of the file name (`04-bptt` → 4), if there is one.
    public var number: Int? { Int(id.prefix { $0.isNumber }) }

    /// A short name for prompts: the title without its leading number.
    public var shortTitle: String {
        var t = Substring(title)
        while let c = t.first, c.isNumber || c == "." || c == " " { t = t.dropFirst() }
        return t.isEmpty ? title : String(t)
    }

    public var exercises: [Exercise] { steps.compactMap(\.exercise) }

    /// A name short enough for the prompt: an abbreviation in parentheses if the title
    /// has one ("… (BPTT)" → "BPTT"), else its first words up to 14 characters, never
    /// ending on a joining word ("Vanishing and …" → "Vanishing").
    public var promptTitle: String {
        if let open = shortTitle.lastIndex(of: "("), let close = shortTitle.lastIndex(of: ")"), open < close {
            return String(shortTitle[shortTitle.index(after: open)..<close])
        }
        var words: [Substring] = []
        for word in shortTitle.split(separator: " ") {
            if !words.isEmpty && (words + [word]).joined(separator: " ").count > 14 { break }
            words.append(word)
        }
        while words.count > 1, let last = words.last, ["and", "versus", "vs", "of", "the", "through", "to"].contains(last.lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }
}

/// One step: a group of paragraphs followed by at most one cell or one exercise.
public struct Step: Sendable, Equatable {
    /// Markdown prose shown when the learner arrives at the step.
    public var prose: String
    public var cell: Cell?
    public var exercise: Exercise?

    /// A hidden cell with no prose of its own (a check behind the step before it): the
    /// learner would see nothing there, so the session runs it and goes straight on.
    public var showsNothing: Bool {
        prose.isEmpty && exercise == nil && (cell == nil || cell?.kind == .hidden)
    }
}

/// A code cell in the notebook language.
public struct Cell: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Shown and run when the learner arrives.
        case normal
        /// Runs without being shown (setup the learner need not read).
        case hidden
        /// Shown and run with a "running…" line, for training loops.
        case long
    }

    public var code: String
    public var kind: Kind
    /// 1-based line of the cell's first code line in the lesson file.
    public var line: Int
    /// What the cell should print, for `rnnlab check`; nil when not checked.
    public var expected: ExpectedOutput?
}

/// A cell's expected output. Numbers are compared with a relative tolerance, the
/// rest of the text word by word, so formatting noise does not fail a check.
public struct ExpectedOutput: Sendable, Equatable {
    public var text: String
    public var tolerance: Double
    public var line: Int
}

/// A task for the learner, with a check that decides whether it is done.
/// `ExerciseJudge` (ExerciseCheck.swift) is the one place that applies it.
public struct Exercise: Sendable, Equatable {
    /// Unique within the lesson; progress remembers it.
    public var id: String
    /// Markdown describing the task.
    public var task: String
    /// Code in the notebook language that evaluates to `true` once the learner's
    /// answer (in `ans`) or the variables they made are right. Nil when the answer is
    /// judged by comparison: the learner's `ans` must equal the solution's `ans`.
    public var check: String?
    /// Code that solves the task; shown on `:solution` or `:skip`, and run by `rnnlab check`.
    public var solution: String
    /// How close the learner's `ans` must come to the solution's when there is no `check`
    /// (relative, with an absolute floor of the same size near zero).
    public var tolerance: Double = 1e-8
    /// Changed copies of the workspace on which the learner's code must give the right
    /// answer too, so that a typed-in number or a copied variable does not pass.
    public var variations: [WorkspaceVariation] = []
    /// Inputs the check must refuse; `rnnlab check` types each one.
    public var nonAnswers: [NonAnswer] = []
    public var hints: [String]
    public var line: Int
}

/// Code that changes a copy of the workspace, as the learner found it at the exercise,
/// into another one the answer must also hold on (other seeds, inputs or weights).
public struct WorkspaceVariation: Sendable, Equatable {
    public var code: String
    public var line: Int

    /// How messages name this variation: its first line when that is a comment
    /// (`# other training sentences`), else a general phrase.
    public var description: String {
        let first = code.split(separator: "\n").first.map { String($0).trimmingSpaces() } ?? ""
        guard first.hasPrefix("#") else { return "other data" }
        let text = first.drop { $0 == "#" || $0 == " " }
        return text.isEmpty ? "other data" : String(text)
    }
}

/// An input that is not an answer and must be refused (`0`, a copied variable).
public struct NonAnswer: Sendable, Equatable {
    public var code: String
    /// The line of its block in the lesson file; nil for the ones `rnnlab check` adds itself.
    public var line: Int?
}

/// A problem in a lesson file, with the line it is on.
public struct LessonFormatError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String

    public var description: String { "\(path):\(line): \(message)" }
}
