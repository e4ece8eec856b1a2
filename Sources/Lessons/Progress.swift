import Foundation
import StateFiles

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

    /// Reads what is there: a file written by an older RNNLab that lacks a field is
    /// still the learner's progress, not a corrupt file.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        currentLesson = try c.decodeIfPresent(String.self, forKey: .currentLesson)
        stepByLesson = try c.decodeIfPresent([String: Int].self, forKey: .stepByLesson) ?? [:]
        furthestStepByLesson = try c.decodeIfPresent([String: Int].self, forKey: .furthestStepByLesson) ?? [:]
        completedExercises = try c.decodeIfPresent([String: [String]].self, forKey: .completedExercises) ?? [:]
        finishedLessons = try c.decodeIfPresent([String].self, forKey: .finishedLessons) ?? []
    }

    public func isCompleted(_ exercise: String, in lesson: String) -> Bool {
        completedExercises[lesson]?.contains(exercise) ?? false
    }

    public mutating func markCompleted(_ exercise: String, in lesson: String) {
        var done = completedExercises[lesson] ?? []
        if !done.contains(exercise) { done.append(exercise) }
        completedExercises[lesson] = done
    }

    /// Drops everything about one lesson (`:reset`).
    public mutating func forget(_ lesson: String) {
        completedExercises[lesson] = nil
        stepByLesson[lesson] = nil
        furthestStepByLesson[lesson] = nil
        finishedLessons.removeAll { $0 == lesson }
        if currentLesson == lesson { currentLesson = nil }
    }

    public mutating func record(step: Int, in lesson: String) {
        currentLesson = lesson
        stepByLesson[lesson] = step
        furthestStepByLesson[lesson] = max(furthestStepByLesson[lesson] ?? 0, step)
    }

    /// This progress with what `other` (another window's, saved meanwhile) adds:
    /// per lesson the furthest step either reached and every exercise either solved,
    /// and every finished lesson. Where each window is now stays this one's, except
    /// in lessons only the other has been to.
    public func merged(with other: Progress) -> Progress {
        var result = self
        if other == Progress() { return result }
        for (lesson, step) in other.furthestStepByLesson {
            result.furthestStepByLesson[lesson] = max(result.furthestStepByLesson[lesson] ?? 0, step)
        }
        for (lesson, step) in other.stepByLesson where result.stepByLesson[lesson] == nil {
            result.stepByLesson[lesson] = step
        }
        for (lesson, exercises) in other.completedExercises {
            for exercise in exercises { result.markCompleted(exercise, in: lesson) }
        }
        for lesson in other.finishedLessons where !result.finishedLessons.contains(lesson) {
            result.finishedLessons.append(lesson)
        }
        if result.currentLesson == nil { result.currentLesson = other.currentLesson }
        return result
    }
}

/// Reads and writes `progress.json` (the rules of `StateFile`). A missing file is a
/// fresh start; an unusable one (corrupt, not a plain file, far too large) is a fresh
/// start with a warning, and is set aside under a new name rather than overwritten.
/// Two notebooks open at once both keep their work: each save re-reads the file
/// under a lock and merges what the other window saved meanwhile.
public struct ProgressStore: Sendable {
    public let path: String

    /// Far beyond any real progress file (a few kilobytes for the whole course).
    static let sizeLimit = 4 << 20

    public init(path: String) { self.path = path }

    /// The saved progress and, when the file could not be used, a one-line warning.
    /// Also removes temporary files a killed RNNLab left beside it.
    public func load() -> (progress: Progress, warning: String?) {
        StateFile.removeStaleTemporaries(of: path)
        return StateFile.withLock(on: path) {
            switch readSaved() {
            case .none: return (Progress(), nil)
            case .progress(let saved): return (saved, nil)
            case .unusable(let why):
                let aside = StateFile.setAside(path)
                let kept = aside.map { "; the old file is kept as \($0)" } ?? ""
                return (Progress(), "warning: could not read progress from \(path) (\(why)), starting fresh\(kept)")
            }
        }
    }

    private enum Saved {
        case none
        case progress(Progress)
        case unusable(String)
    }

    private func readSaved() -> Saved {
        switch StateFile.read(path, limit: Self.sizeLimit) {
        case .missing: return .none
        case .unusable(let why): return .unusable(why)
        case .contents(let bytes):
            guard let saved = try? JSONDecoder().decode(Progress.self, from: Data(bytes)) else {
                return .unusable("it is not a progress file RNNLab can read")
            }
            return .progress(saved)
        }
    }

    /// What a save must not bring back from the other window: a lesson the learner
    /// has just reset, or everything.
    public enum Reset: Sendable {
        case lesson(String)
        case everything
    }

    /// Saves `progress` merged with what another window saved since (see
    /// `Progress.merged(with:)`), atomically, under the lock; returns what was saved
    /// and, instead of throwing, a warning when it could not be, so that a read-only
    /// disk never stops a lesson. A file found unusable now is set aside first.
    @discardableResult
    public func save(_ progress: Progress, after reset: Reset? = nil) -> (saved: Progress, warning: String?) {
        if let folder = StateFile.parentDirectory(of: path), !StateFile.createPrivateDirectory(folder) {
            return (progress, "warning: could not save progress to \(path) (cannot create the folder \(folder))")
        }
        return StateFile.withLock(on: path) {
            var combined = progress
            switch readSaved() {
            case .progress(var other):
                switch reset {
                case .everything?: other = Progress()
                case .lesson(let id)?: other.forget(id)
                case nil: break
                }
                combined = progress.merged(with: other)
            case .unusable: _ = StateFile.setAside(path)
            case .none: break
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            guard let data = try? encoder.encode(combined),
                  StateFile.writeAtomically(Array(data), to: path)
            else {
                return (progress, "warning: could not save progress to \(path) (cannot write there)")
            }
            return (combined, nil)
        }
    }
}
