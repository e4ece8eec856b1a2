import Foundation

/// The three forms `:save` writes, chosen by the file's extension.
public enum NotebookFormat: Equatable, Sendable {
    /// The lesson format (`.md`): prose, `julia` cells and `output` blocks, so
    /// `rnnlab run` replays it and `rnnlab check` compares the outputs.
    case markdown
    /// A plain Julia script (`.jl`): cells begin at `# %%` lines, outputs are `#`
    /// comments; `rnnlab run` runs it cell by cell as the notebook did.
    case julia
    /// A Jupyter notebook (`.ipynb`, nbformat 4.5, Julia kernel), to carry on in Jupyter.
    case jupyter

    /// The format for `path`'s extension, or nil for an extension RNNLab does not write.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "jl": self = .julia
        case "ipynb": self = .jupyter
        default: return nil
        }
    }

    public func render(_ record: NotebookRecord) -> String {
        switch self {
        case .markdown: return MarkdownNotebook.render(record)
        case .julia: return JuliaScriptNotebook.render(record)
        case .jupyter: return JupyterNotebook.render(record)
        }
    }
}

/// The line a saved notebook carries with the display its outputs were drawn for,
/// `rnnlab display: 80x24 color`: plots are sized to the terminal, and in colour they
/// tell their series apart by colour rather than by dash patterns, so `rnnlab run`
/// and `rnnlab check` draw the same way to print the same text.
public struct NotebookDisplaySize: Equatable, Sendable {
    public var width: Int
    public var rows: Int
    public var color: Bool

    static let label = "rnnlab display: "

    static func line(_ record: NotebookRecord) -> String {
        "\(label)\(record.width)x\(record.rows)" + (record.color ? " color" : "")
    }

    /// The display a saved notebook's text names, if it names one (in its first lines).
    public static func read(from text: String) -> NotebookDisplaySize? {
        guard let rest = notebookHeaderValue(label: label, in: text) else { return nil }
        let size = rest.prefix { $0.isNumber || $0 == "x" }.split(separator: "x")
        guard size.count == 2, let width = Int(size[0]), let rows = Int(size[1]) else { return nil }
        return NotebookDisplaySize(width: width, rows: rows, color: rest.contains("color"))
    }

    /// `style` drawing as this display did.
    public func applied(to style: TextStyle) -> TextStyle {
        var style = style
        (style.width, style.rows, style.color) = (width, rows, color)
        return style
    }
}

/// `text` without colour escape codes, for output that is not going to a terminal
/// (or to one that wants no colour). Only colour goes: the other bytes a program
/// printed reach a pipe as it printed them, as Julia's would.
public func withoutColor(_ text: String) -> String { removingColour(text) }

/// The line a saved notebook carries with the folder its cells read files from,
/// `rnnlab data: /path/to/lessons`: a cell of lesson 7 reads `data/…` relative to the
/// lesson, and a notebook saved in another folder must still find it when replayed.
public enum NotebookDataFolder {
    static let label = "rnnlab data: "

    static func line(_ record: NotebookRecord) -> String? {
        record.dataFolder.map { label + $0 }
    }

    /// The folder a saved notebook's text names, if it is one of `trusted` (compared
    /// as standardised paths); nil otherwise. A file being checked is untrusted, and
    /// `rnnlab check` confines its code to the folder it reads from, so a notebook must
    /// not choose that folder itself (naming `/` would open every file): only a course
    /// rnnlab itself opens is taken from it.
    public static func read(from text: String, trusting trusted: [String]) -> String? {
        guard let folder = read(from: text) else { return nil }
        let standard = { (path: String) in (path as NSString).standardizingPath }
        return trusted.map(standard).contains(standard(folder)) ? folder : nil
    }

    /// The folder a saved notebook's text names (in its first lines), if it names one
    /// that exists here; otherwise nil, and relative paths point beside the notebook.
    /// For `rnnlab run`, whose program reads what the learner can anyway.
    public static func read(from text: String) -> String? {
        guard let folder = notebookHeaderValue(label: label, in: text) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return folder
    }

    /// `folder` as an absolute path (relative ones are taken from the current folder).
    static func absolute(_ folder: String) -> String {
        if folder.hasPrefix("/") { return folder }
        let current = FileManager.default.currentDirectoryPath
        return folder.isEmpty || folder == "." ? current : current + "/" + folder
    }
}

/// What follows `label` on the first header line that carries it, without the
/// closing ` -->` of a Markdown comment. Header lines are the few a saved notebook
/// starts with (title, a note on replaying, display, data folder), in every format.
func notebookHeaderValue(label: String, in text: String) -> String? {
    let headerLineCount = 6
    for line in text.split(separator: "\n").prefix(headerLineCount) {
        guard let range = line.range(of: label) else { continue }
        var value = String(line[range.upperBound...])
        if value.hasSuffix(" -->") { value.removeLast(4) }
        return value
    }
    return nil
}

/// Code that failed, as comment lines with its error, so a replay skips it but a
/// reader still sees what was tried.
func commentedOut(_ entry: NotebookRecord.Entry) -> String {
    let code = entry.code.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }
    let error = (entry.error ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }
    return (code + ["# error:"] + error).joined(separator: "\n")
}

// MARK: Markdown

enum MarkdownNotebook {
    static func render(_ record: NotebookRecord) -> String {
        var text = "# Notebook saved from \(record.title)\n\n"
        text += "<!-- \(NotebookDisplaySize.line(record)) -->\n"
        if let data = NotebookDataFolder.line(record) { text += "<!-- \(data) -->\n" }
        text += "\n"
        text += "Saved by RNNLab. `rnnlab run` on this file replays it; `rnnlab check` compares each cell's output.\n\n"
        for entry in record.entries {
            if !entry.prose.isEmpty { text += entry.prose.trimmingBlankLines() + "\n\n" }
            guard entry.runs else {
                text += "```text\n\(commentedOut(entry))\n```\n\n"
                continue
            }
            text += "```julia\(entry.hidden ? " hidden" : "")\n\(entry.code)\n```\n\n"
            let output = entry.output.trimmingBlankLines()
            if !output.isEmpty { text += "```output\n\(output)\n```\n\n" }
        }
        return text
    }
}

// MARK: Julia script

/// Cells as in the "percent" format editors know (`# %%` starts a cell), with each
/// cell's output after it as `#` comments under an `# output:` line.
public enum JuliaScriptNotebook {
    static let cellMarker = "# %%"
    static let outputMarker = "# output:"

    static func render(_ record: NotebookRecord) -> String {
        var text = "# Notebook saved from \(record.title), by RNNLab.\n"
        text += "# `rnnlab run` on this file runs each `# %%` cell as the notebook did, showing its value.\n"
        text += "# \(NotebookDisplaySize.line(record))\n"
        if let data = NotebookDataFolder.line(record) { text += "# \(data)\n" }
        for entry in record.entries {
            text += "\n\(cellMarker) \(entry.label)\n"
            guard entry.runs else {
                text += commentedOut(entry) + "\n"
                continue
            }
            text += entry.code + "\n"
            let output = entry.output.trimmingBlankLines()
            if !output.isEmpty {
                text += outputMarker + "\n"
                text += output.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "#" : "#   " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }

    /// Whether `text` is a script made of `# %%` cells.
    public static func hasCells(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix(cellMarker) }
    }

    /// Reads a script of `# %%` cells as a lesson: each cell one step, its `# output:`
    /// comments its expected output. Code before the first marker is a cell too.
    public static func parse(_ text: String, id: String, path: String) -> Lesson {
        var steps: [Step] = []
        var code: [String] = []
        var output: [String]?
        var cellLine = 1
        var outputLine = 0
        func flush() {
            let body = code.joined(separator: "\n").trimmingBlankLines()
            if !body.isEmpty && !code.allSatisfy({ $0.hasPrefix("#") || $0.trimmingSpaces().isEmpty }) {
                let expected = output.map { ExpectedOutput(text: $0.joined(separator: "\n"), tolerance: 1e-8, line: outputLine) }
                steps.append(Step(prose: "", cell: Cell(code: body, kind: .normal, line: cellLine, expected: expected)))
            }
            code = []
            output = nil
        }
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix(cellMarker) {
                flush()
                cellLine = number + 2
            } else if line == outputMarker {
                output = []
                outputLine = number + 2
            } else if output != nil {
                // "#   text" holds an output line; a lone "#" an empty one.
                output?.append(line.hasPrefix("#   ") ? String(line.dropFirst(4)) : line == "#" ? "" : line)
            } else {
                code.append(line)
            }
        }
        flush()
        return Lesson(id: id, title: id, steps: steps, path: path)
    }
}

// MARK: Jupyter

/// nbformat 4.5: markdown cells for the prose, code cells with their output as a
/// `stream` output, and the Julia kernel's metadata, so Jupyter opens it with IJulia.
enum JupyterNotebook {
    struct Notebook: Encodable {
        var cells: [NotebookCell]
        var metadata = Metadata()
        var nbformat = 4
        var nbformat_minor = 5
    }

    struct Metadata: Encodable {
        var kernelspec = ["display_name": "Julia 1.10", "language": "julia", "name": "julia-1.10"]
        var language_info = ["file_extension": ".jl", "mimetype": "application/julia", "name": "julia", "version": "1.10"]
    }

    struct NotebookCell: Encodable {
        var cell_type: String
        var id: String
        var metadata: [String: String] = [:]
        var source: [String]
        /// Code cells only.
        var execution_count: Int??
        var outputs: [Output]?

        enum CodingKeys: String, CodingKey { case cell_type, id, metadata, source, execution_count, outputs }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(cell_type, forKey: .cell_type)
            try container.encode(id, forKey: .id)
            try container.encode(metadata, forKey: .metadata)
            try container.encode(source, forKey: .source)
            if let outputs {
                // A code cell must have the key, with null for "not run".
                switch execution_count {
                case .some(.some(let n)): try container.encode(n, forKey: .execution_count)
                default: try container.encodeNil(forKey: .execution_count)
                }
                try container.encode(outputs, forKey: .outputs)
            }
        }
    }

    struct Output: Encodable {
        var output_type = "stream"
        var name = "stdout"
        var text: [String]
    }

    /// Jupyter keeps multi-line text as a list of lines, each but the last ending in "\n".
    static func lines(_ text: String) -> [String] {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return parts.enumerated().compactMap { index, line in
            if index == parts.count - 1 { return line.isEmpty ? nil : line }
            return line + "\n"
        }
    }

    static func render(_ record: NotebookRecord) -> String {
        var cells: [NotebookCell] = [
            NotebookCell(cell_type: "markdown", id: "title", source: lines("# Notebook saved from \(record.title)")),
        ]
        var count = 0
        for (index, entry) in record.entries.enumerated() {
            if !entry.prose.isEmpty {
                cells.append(NotebookCell(cell_type: "markdown", id: "prose-\(index + 1)", source: lines(entry.prose.trimmingBlankLines())))
            }
            guard entry.runs else {
                cells.append(NotebookCell(
                    cell_type: "code", id: "cell-\(index + 1)", source: lines(commentedOut(entry)), execution_count: .some(nil), outputs: []))
                continue
            }
            count += 1
            let output = entry.output.trimmingBlankLines()
            cells.append(NotebookCell(
                cell_type: "code", id: "cell-\(index + 1)", source: lines(entry.code), execution_count: .some(count),
                outputs: output.isEmpty ? [] : [Output(text: lines(output + "\n"))]))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Notebook(cells: cells)) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
