import Foundation
import Language

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
            let text = try readLessonFile(path, in: directory)
            lessons.append(try LessonParser.parse(text, id: String(file.dropLast(3)), path: path))
        }
        guard !lessons.isEmpty else {
            throw LessonFormatError(path: directory, line: 0, message: "no lessons (*.md files) in this folder")
        }
        return Course(lessons: lessons, directory: directory)
    }

    /// The text of a lesson file of a course, which is untrusted content: it must be a
    /// plain file inside the folder (a link out of it, to ~/.ssh/id_rsa, would show
    /// that file as prose), of a lesson's size (a FIFO blocked the start, a link to
    /// /dev/zero filled memory), and UTF-8.
    static func readLessonFile(_ path: String, in directory: String) throws -> String {
        guard let real = FolderConfinement.resolved(path, inside: directory) else {
            throw LessonFormatError(path: path, line: 0, message: "this lesson is a link to a file outside the lessons folder")
        }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw LessonFormatError(path: path, line: 0, message: "this lesson is not a plain file")
        }
        guard Int(info.st_size) <= LessonParser.largestLesson else {
            throw LessonFormatError(
                path: path, line: 0,
                message: "this lesson is \(info.st_size) bytes; lessons over 4 MB (\(LessonParser.largestLesson) bytes) are refused")
        }
        guard let text = try? String(contentsOfFile: real, encoding: .utf8) else {
            throw LessonFormatError(path: path, line: 0, message: "cannot read this file as UTF-8")
        }
        return text
    }

    /// A lesson by number (`4`), id (`04-bptt`) or a distinctive part of its id or title.
    public func find(_ query: String) -> Int? {
        let q = query.lowercased()
        if let n = Int(q) { return lessons.firstIndex { $0.number == n } }
        if let exact = lessons.firstIndex(where: { $0.id.lowercased() == q }) { return exact }
        return lessons.firstIndex { $0.id.lowercased().contains(q) || $0.title.lowercased().contains(q) }
    }
}
