import Foundation

/// `:save FILE`: the record of what made the workspace, in the format the extension
/// names, never replacing a file or a symbolic link without asking.
extension Session {
    func save(to path: String, force: Bool) {
        guard let format = NotebookFormat(path: path) else {
            return say("\(path): RNNLab saves notebooks as .md (the lesson format), .jl (a Julia script) or .ipynb (Jupyter).")
        }
        if !force, let existing = Self.whatIsAt(path) {
            guard asksQuestions else {
                return say("\(path) already exists (\(existing)); nothing was saved. :save! \(path) replaces it.")
            }
            mode = .confirmingOverwrite(path: path, format: format)
            return say("\(path) already exists (\(existing)). Replace it with this notebook? (y/n)")
        }
        write(format, to: path)
    }

    /// Writes the record; a symbolic link at `path` is replaced by the file, never
    /// followed, so what it pointed to is untouched.
    func write(_ format: NotebookFormat, to path: String) {
        var record = self.record
        (record.width, record.rows, record.color) = (style.width, style.rows, style.color)
        let text = format.render(record)
        // The record's file was damaged under the session: save what it still holds, and say what is missing.
        let problem = record.readProblem
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            if let problem {
                return say(style.failure(
                    "Saved only part of this session to \(path): \(problem). The cells before it are in the file; the rest are lost."))
            }
            let cells = record.entryCount
            let next = format == .jupyter
                ? "Jupyter opens it with a Julia kernel." : "rnnlab run \(path) replays them."
            say("Saved \(cells) cell\(cells == 1 ? "" : "s") to \(path). " + next)
        } catch {
            say("Could not save to \(path): \(fileErrorText(error)).")
        }
    }

    /// "a file", "a symbolic link", "a folder", or nil when nothing is there (a
    /// dangling link counts: it is something the learner made).
    static func whatIsAt(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        switch attributes[.type] as? FileAttributeType {
        case .typeSymbolicLink?: return "a symbolic link"
        case .typeDirectory?: return "a folder"
        default: return "a file"
        }
    }
}
