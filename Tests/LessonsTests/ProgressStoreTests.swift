import Foundation
import Testing
@testable import Lessons

/// progress.json keeps the learner's work whatever happens to the file (issue 12):
/// every unusable copy is kept, the file and its folder are private, a killed save
/// leaves nothing behind for ever, and two windows merge instead of the last writer
/// winning.
@Suite struct ProgressStoreTests {
    let folder = temporaryPath("state")
    var path: String { folder + "/rnnlab/progress.json" }

    func permissions(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    func write(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/rnnlab", withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aSecondCorruptFileKeepsTheFirstCopy() throws {
        try write("{ not json")
        let first = ProgressStore(path: path).load()
        #expect(first.warning?.contains("the old file is kept as \(path).corrupt") == true, "\(first.warning ?? "")")
        try write("[1, 2")
        let second = ProgressStore(path: path).load()
        #expect(second.warning?.contains("kept as \(path).corrupt-2") == true, "\(second.warning ?? "")")
        #expect(try String(contentsOfFile: path + ".corrupt", encoding: .utf8) == "{ not json")
        #expect(try String(contentsOfFile: path + ".corrupt-2", encoding: .utf8) == "[1, 2")
    }

    @Test func aFolderInTheWayOfTheCopyIsNeverDeleted() throws {
        try FileManager.default.createDirectory(atPath: path + ".corrupt", withIntermediateDirectories: true)
        try "mine".write(toFile: path + ".corrupt/notes.txt", atomically: true, encoding: .utf8)
        try write("garbage")
        _ = ProgressStore(path: path).load()
        #expect(try String(contentsOfFile: path + ".corrupt/notes.txt", encoding: .utf8) == "mine")
        #expect(try String(contentsOfFile: path + ".corrupt-2", encoding: .utf8) == "garbage")
    }

    @Test func theStateIsPrivate() throws {
        var progress = Progress()
        progress.record(step: 2, in: "01-basics")
        #expect(ProgressStore(path: path).save(progress).warning == nil)
        #expect(try permissions(folder + "/rnnlab") == 0o700)
        #expect(try permissions(path) == 0o600)
    }

    @Test func aKilledSavesTemporaryIsRemovedOnTheNextStart() throws {
        try write("{}")
        // 2^22 + 1 is above Linux's largest process id, so no process has it.
        let stale = path + ".tmp-4194305"
        try "half a save".write(toFile: stale, atomically: false, encoding: .utf8)
        _ = ProgressStore(path: path).load()
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    /// Two windows: the second started before the first moved on, and saves last.
    @Test func twoWindowsKeepEachOthersWork() throws {
        let first = ProgressStore(path: path), second = ProgressStore(path: path)
        var a = first.load().progress, b = second.load().progress
        for step in 0...7 { a.record(step: step, in: "01-basics") }
        a.markCompleted("double", in: "01-basics")
        first.save(a)
        b.record(step: 1, in: "01-basics")
        b.markCompleted("intro", in: "02-second")
        b.record(step: 0, in: "02-second")
        let saved = second.save(b).saved
        let onDisk = ProgressStore(path: path).load().progress
        #expect(onDisk == saved)
        #expect(onDisk.furthestStepByLesson["01-basics"] == 7)
        #expect(onDisk.isCompleted("double", in: "01-basics") && onDisk.isCompleted("intro", in: "02-second"))
        // Where each window is stays its own.
        #expect(onDisk.currentLesson == "02-second" && onDisk.stepByLesson["01-basics"] == 1)
    }

    /// A file from an older RNNLab with fewer fields is the learner's progress.
    @Test func aFileMissingFieldsIsRead() throws {
        try write(#"{"currentLesson": "01-basics", "stepByLesson": {"01-basics": 3}}"#)
        let (progress, warning) = ProgressStore(path: path).load()
        #expect(warning == nil)
        #expect(progress.stepByLesson["01-basics"] == 3)
    }
}
