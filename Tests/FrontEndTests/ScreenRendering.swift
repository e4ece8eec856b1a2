import Foundation

/// The screen a program's output leaves, as pyte renders it (render_screen.py beside
/// this file): a view that redraws in place is judged on its screen, never on its
/// byte stream. `.ci/run` installs pyte.
struct RenderedScreen {
    /// Lines that scrolled off the top.
    let history: Int
    let lines: [String]

    init(_ transcript: String, columns: Int = 80, rows: Int = 24) throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("rnnlab-screen-\(UUID().uuidString)")
        try Data(transcript.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("render_screen.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, input.path, "\(columns)", "\(rows)"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let history = json["history"] as? Int, let lines = json["lines"] as? [String]
        else { throw ChildProcessError(description: "render_screen.py failed (is pyte installed?): \(problem)") }
        self.history = history
        self.lines = lines
    }

    /// How many screen lines contain `text`.
    func count(_ text: String) -> Int { lines.filter { $0.contains(text) }.count }
}
