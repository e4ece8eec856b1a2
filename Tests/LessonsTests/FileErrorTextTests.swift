import Foundation
import Testing
@testable import Lessons

/// A file that cannot be written is explained in plain words (issue 12: `:save` said
/// "The operation could not be completed. (NSCocoaErrorDomain error 512.)").
@Suite struct FileErrorTextTests {
    @Test(arguments: [
        ("notes.md", "it is a folder"),
        ("missing/notes.md", "the folder does not exist"),
        // Foundation reports this one with no system error beneath it.
        ("plain.txt/notes.md", "the folder does not exist"),
    ])
    func saveSaysWhyItCouldNotWrite(_ name: String, _ reason: String) throws {
        let folder = temporaryPath("save")
        try FileManager.default.createDirectory(atPath: folder + "/notes.md", withIntermediateDirectories: true)
        try "x".write(toFile: folder + "/plain.txt", atomically: true, encoding: .utf8)
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0)
        log.value = ""
        session.handle(":save! \(folder)/\(name)")
        // The session wraps its lines to the screen (inside the path, too): compare
        // with every space and line break taken out.
        func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        #expect(squeezed(log.value).contains(squeezed("Could not save to \(folder)/\(name): \(reason).")), "\(log.value)")
        #expect(!log.value.contains("NSCocoaErrorDomain"))
    }
}
