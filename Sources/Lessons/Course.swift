import Foundation

/// The lessons of a course, in file-name order (`01-…`, `02-…`).
public struct Course: Sendable {
    public let lessons: [Lesson]
    public let directory: String

    public init(lessons: [Lesson], directory: String) {
        self.lessons = lessons
        self.directory = directory
    }

    /// Reads every `*.md` in `directory` except `README.md`.
    /// - Throws: `LessonFormatError` for the first malformed lesson, or when the
    ///   folder holds no lessons.
    public static func load(from directory: String) throws -> Course {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            throw LessonFormatError(path: directory, line: 0, message: "cannot read this lessons folder")
        }
        let files = names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" }.sorted()
        var lessons: [Lesson] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw LessonFormatError(path: path, line: 0, message: "cannot read this file as UTF-8")
            }
            lessons.append(try LessonParser.parse(text, id: String(file.dropLast(3)), path: path))
        }
        guard !lessons.isEmpty else {
            throw LessonFormatError(path: directory, line: 0, message: "no lessons (*.md files) in this folder")
        }
        return Course(lessons: lessons, directory: directory)
    }

    /// A lesson by number (`4`), id (`04-bptt`) or a distinctive part of its id or title.
    public func find(_ query: String) -> Int? {
        let q = query.lowercased()
        if let n = Int(q) { return lessons.firstIndex { $0.number == n } }
        if let exact = lessons.firstIndex(where: { $0.id.lowercased() == q }) { return exact }
        return lessons.firstIndex { $0.id.lowercased().contains(q) || $0.title.lowercased().contains(q) }
    }
}
