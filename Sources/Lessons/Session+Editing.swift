import Foundation

/// `:edit`: the step's cell (or the learner's last input) opens in their editor; what
/// they save runs, and stays the step's cell for `:run` until `:run original`.
extension Session {
    func edit() {
        let key = CellKey(lesson: lesson.id, step: stepIndex)
        let lastInput = record.entries.last { $0.origin == .input }?.code
        guard let original = currentCode(of: stepIndex) ?? lastInput else {
            return say("This step has no cell, and you have typed no code yet: there is nothing to edit.")
        }
        let editsCell = step.cell != nil
        let alternative = "Instead, press Up to recall the cell at the prompt and edit it there."
        guard let startEditor else { return say("No editor can be started here. " + alternative) }
        let editor = ExternalEditor(environment: environment)
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("rnnlab-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).jl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            try (original + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            return say("Could not write the cell to \(file) for the editor: \(fileErrorText(error)).")
        }
        guard startEditor(editor.command(opening: file)) else {
            return say("The editor \(editor.name) did not start or did not exit cleanly (set $VISUAL or $EDITOR to choose another). " + alternative)
        }
        guard let edited = try? String(contentsOfFile: file, encoding: .utf8) else {
            return say("Could not read \(file) back after editing; nothing was run.")
        }
        let code = edited.trimmingBlankLines()
        guard !code.isEmpty else { return say("The cell came back empty; nothing was run, and the cell is as it was.") }
        if editsCell {
            editedCells[key] = code == (step.cell?.code ?? "") ? nil : code
            if let cell = step.cell { runCell(cell, at: stepIndex) }
        } else {
            emit(codeBlock(code) + "\n")
            addToHistory(code)
            let result = execute(code)
            if result.error == nil { checkAnswer(code) }
        }
    }
}

/// Which editor `:edit` starts: `$VISUAL`, else `$EDITOR`, else the first of `nano`,
/// `vi` found on the `PATH` (Debian has one or the other).
public struct ExternalEditor: Equatable, Sendable {
    /// The editor's command line, split into words (`code --wait` is two).
    public let words: [String]

    public init(environment: [String: String]) {
        for variable in ["VISUAL", "EDITOR"] {
            let words = (environment[variable] ?? "").split(separator: " ").map(String.init)
            if !words.isEmpty {
                self.words = words
                return
            }
        }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        let found = ["nano", "vi"].first { name in
            path.contains { FileManager.default.isExecutableFile(atPath: $0 + "/" + name) }
        }
        words = [found ?? "vi"]
    }

    public var name: String { words.first ?? "vi" }

    public func command(opening file: String) -> [String] { words + [file] }
}
