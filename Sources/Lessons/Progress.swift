import Foundation

/// Where a learner is and what they have done; saved after every step.
public struct Progress: Codable, Sendable, Equatable {
    /// The lesson open last (its id, e.g. `04-bptt`).
    public var currentLesson: String?
    /// Step index (0-based) within each lesson the learner has been at.
    public var stepByLesson: [String: Int] = [:]
    /// Highest step reached in each lesson, for the progress marks.
    public var furthestStepByLesson: [String: Int] = [:]
    /// Exercise ids completed, per lesson.
    public var completedExercises: [String: [String]] = [:]
    /// Lessons whose last step the learner has passed.
    public var finishedLessons: [String] = []

    public init() {}

    public func isCompleted(_ exercise: String, in lesson: String) -> Bool {
        completedExercises[lesson]?.contains(exercise) ?? false
    }

    public mutating func markCompleted(_ exercise: String, in lesson: String) {
        var done = completedExercises[lesson] ?? []
        if !done.contains(exercise) { done.append(exercise) }
        completedExercises[lesson] = done
    }

    public mutating func record(step: Int, in lesson: String) {
        currentLesson = lesson
        stepByLesson[lesson] = step
        furthestStepByLesson[lesson] = max(furthestStepByLesson[lesson] ?? 0, step)
    }
}

/// Reads and writes `progress.json`. A missing file is a fresh start; an unreadable
/// or corrupt one is a fresh start with a warning, and is kept aside (renamed with a
/// `.corrupt` suffix) rather than overwritten. Writes go to a temporary file first
/// and are renamed into place, so a crash mid-write never leaves half a file.
public struct ProgressStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The saved progress and, when the file could not be used, a one-line warning.
    public func load() -> (progress: Progress, warning: String?) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: path) else { return (Progress(), nil) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return (try JSONDecoder().decode(Progress.self, from: data), nil)
        } catch {
            let aside = path + ".corrupt"
            try? manager.removeItem(atPath: aside)
            let kept = (try? manager.moveItem(atPath: path, toPath: aside)) != nil
            let where_ = kept ? "; the old file is kept as \(aside)" : ""
            return (Progress(), "warning: could not read progress from \(path), starting fresh\(where_)")
        }
    }

    /// Saves atomically; returns an error message instead of throwing so that a
    /// read-only disk never stops a lesson.
    @discardableResult
    public func save(_ progress: Progress) -> String? {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(progress)
            let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            try data.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 {
                try? FileManager.default.removeItem(atPath: temporary)
                return "warning: could not save progress to \(path)"
            }
            return nil
        } catch {
            // Foundation's text for a missing folder ("The file doesn't exist") misleads
            // when the real problem is a folder that cannot be created or written.
            return "warning: could not save progress to \(path) (cannot write there)"
        }
    }
}
