import Foundation

/// The course compiled into `rnnlab`, as files on disk: lessons read their data files by
/// path, so the built-in course is unpacked once into a folder of its own and opened
/// from there like any other.
extension Course {
    /// Where a course of this `version` is unpacked: `$XDG_CACHE_HOME/rnnlab`, else
    /// `~/.cache/rnnlab`, else the temporary folder.
    public static func unpackDirectory(version: String, environment: [String: String]) -> String {
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache + "/rnnlab"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache/rnnlab"
        } else {
            base = NSTemporaryDirectory() + "rnnlab"
        }
        return base + "/lessons-" + version
    }

    /// The folder holding `files`, unpacked into `directory` unless a complete copy is
    /// already there. Files are written into a fresh folder beside it that is then
    /// renamed into place, so a folder by that name is always complete. When the folder
    /// cannot be made (a read-only home), the files go under the temporary folder.
    public static func unpack(_ files: [(path: String, contents: Data)], into directory: String) throws -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory + "/README.md") { return directory }
        do {
            try write(files, intoNewFolder: directory)
            return directory
        } catch {
            let fallback = NSTemporaryDirectory() + "rnnlab-" + (directory as NSString).lastPathComponent
            if manager.fileExists(atPath: fallback + "/README.md") { return fallback }
            try write(files, intoNewFolder: fallback)
            return fallback
        }
    }

    private static func write(_ files: [(path: String, contents: Data)], intoNewFolder directory: String) throws {
        let manager = FileManager.default
        let parent = (directory as NSString).deletingLastPathComponent
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let staging = directory + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: staging)
        try writeFiles(files, under: staging)
        do {
            try manager.moveItem(atPath: staging, toPath: directory)
        } catch where manager.fileExists(atPath: directory + "/README.md") {
            // Another rnnlab unpacked the same course first; theirs is as good.
            try? manager.removeItem(atPath: staging)
        }
    }

    private static func writeFiles(_ files: [(path: String, contents: Data)], under directory: String) throws {
        let manager = FileManager.default
        for file in files {
            let path = directory + "/" + file.path
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard manager.createFile(atPath: path, contents: file.contents) else {
                throw LessonFormatError(path: path, line: 0, message: "cannot write this file")
            }
        }
    }

    /// `rnnlab export-lessons DIR`: the course's files written into `directory` for a
    /// teacher to adapt. Refuses, before writing anything, when any of them exists
    /// already: nothing a teacher changed is overwritten.
    public static func export(_ files: [(path: String, contents: Data)], to directory: String) throws {
        let manager = FileManager.default
        let existing = files.map { directory + "/" + $0.path }.filter {
            (try? manager.attributesOfItem(atPath: $0)) != nil
        }
        if let first = existing.first {
            let more = existing.count > 1 ? " and \(existing.count - 1) more" : ""
            throw CourseExportError(description: "\(first)\(more) already exist\(existing.count > 1 ? "" : "s"); nothing was written (choose an empty folder)")
        }
        try writeFiles(files, under: directory)
    }
}

/// Why `export-lessons` wrote nothing.
public struct CourseExportError: Error, CustomStringConvertible {
    public let description: String
}
