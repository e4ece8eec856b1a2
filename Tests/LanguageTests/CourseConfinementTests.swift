import Foundation
import Testing
@testable import Language

/// A course is untrusted content (issue 12): its own code runs with `readableFolder`
/// set, and `read` then opens only files inside that folder once every link is
/// resolved. Before, a crafted lesson read `/etc/passwd`, `/proc/self/environ` and
/// anything through `..` or a linked folder, on open and again on every replay.
final class CourseConfinementTests {
    let root: URL
    var course: String { root.appendingPathComponent("course").path }
    var outside: String { root.appendingPathComponent("outside").path }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rnnlab-confine-\(UUID().uuidString)")
        let files = FileManager.default
        try files.createDirectory(atPath: root.appendingPathComponent("course/data").path, withIntermediateDirectories: true)
        try files.createDirectory(atPath: root.appendingPathComponent("outside").path, withIntermediateDirectories: true)
        try "inside text".write(toFile: course + "/data/corpus.txt", atomically: true, encoding: .utf8)
        try "secret".write(toFile: outside + "/secret.txt", atomically: true, encoding: .utf8)
        // A link to a file outside, and a linked folder leading outside.
        try files.createSymbolicLink(atPath: course + "/data/leak.txt", withDestinationPath: outside + "/secret.txt")
        try files.createSymbolicLink(atPath: course + "/elsewhere", withDestinationPath: outside)
        // A link that stays inside is fine.
        try files.createSymbolicLink(atPath: course + "/alias.txt", withDestinationPath: course + "/data/corpus.txt")
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// What `read(path, String)` gives, the course's code confined or not.
    private func read(_ path: String, confined: Bool) -> Result<String, RuntimeError> {
        let interpreter = Interpreter(output: { _ in })
        interpreter.baseDirectory = course
        interpreter.readableFolder = confined ? "" : nil
        let literal = path.unicodeScalars.map { $0 == "\0" ? "\\0" : String($0) }.joined()
        do {
            guard case .string(let text) = try interpreter.run(source: "read(\"\(literal)\", String)") else {
                Issue.record("read gave no string")
                return .success("")
            }
            return .success(text)
        } catch let error as RuntimeError {
            return .failure(error)
        } catch {
            Issue.record("unexpected error \(error)")
            return .success("")
        }
    }

    @Test(arguments: [
        "/etc/passwd", "/proc/self/environ", "../outside/secret.txt", "data/../../outside/secret.txt",
        "data/leak.txt", "elsewhere/secret.txt",
    ])
    func courseCodeCannotReadOutsideItsFolder(path: String) throws {
        let absolute = path.hasPrefix("/") ? path : course + "/" + path
        guard FileManager.default.fileExists(atPath: absolute) else { return }
        switch read(path, confined: true) {
        case .success(let text): Issue.record("read \(path) from a course's code: \(text.prefix(40))")
        case .failure(let error): #expect("\(error)".contains("is outside the course folder"), "\(error)")
        }
    }

    @Test func courseCodeReadsItsOwnFilesAndLinksThatStayInside() throws {
        #expect(try read("data/corpus.txt", confined: true).get() == "inside text")
        #expect(try read(course + "/data/corpus.txt", confined: true).get() == "inside text")
        #expect(try read("alias.txt", confined: true).get() == "inside text")
        // A missing file inside the folder says it is missing, not that it is outside.
        guard case .failure(let error) = read("data/none.txt", confined: true) else { Issue.record("read a missing file"); return }
        #expect("\(error)".contains("there is no file"), "\(error)")
    }

    /// The learner's own code reads what the user can, as Julia does.
    @Test func theLearnersCodeIsNotConfined() throws {
        #expect(try read("../outside/secret.txt", confined: false).get() == "secret")
        #expect(try read("data/leak.txt", confined: false).get() == "secret")
    }

    /// "/etc/hostname\0.txt" read /etc/hostname: the system stops at the NUL.
    @Test(arguments: [true, false])
    func aPathWithANulIsRefused(confined: Bool) throws {
        guard case .failure(let error) = read("data/corpus.txt\0.png", confined: confined) else {
            Issue.record("a path with a NUL was read")
            return
        }
        #expect("\(error)".contains("NUL"), "\(error)")
    }

    // MARK: Functions a course defines

    /// Runs `cells` on one interpreter, each as the course's code (confined) or the
    /// learner's, and gives what the last one returned or threw.
    private func session(_ cells: [(code: String, byCourse: Bool)]) -> Result<Value, RuntimeError> {
        let interpreter = Interpreter(output: { _ in })
        interpreter.baseDirectory = course
        var last: Result<Value, RuntimeError> = .success(.nothing)
        for cell in cells {
            interpreter.readableFolder = cell.byCourse ? "" : nil
            do {
                last = .success(try interpreter.run(source: cell.code))
            } catch let error as RuntimeError {
                last = .failure(error)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        return last
    }

    private var secret: String { "\"\(outside)/secret.txt\"" }

    /// A function is the code of whoever wrote it: one a course's cell defines reads
    /// only inside the course's folder when the learner calls it later, directly, as a
    /// closure it returns, or handed to a builtin. Before, such a function ran with the
    /// learner's freedom, so a course could leave `f()` behind for the learner to call.
    @Test(arguments: [
        ("f() = read(SECRET, String)", "f()"),
        ("g = () -> read(SECRET, String)", "g()"),
        ("make() = () -> read(SECRET, String)", "make()()"),
        ("h(p) = read(p, String); paths = [SECRET]", "map(h, paths)"),
        ("h(p) = read(p, String); paths = [SECRET]", "[h(p) for p in paths]"),
        ("c = println ∘ read", "c(SECRET, String)"),
        ("lazy = Iterators.map(read, [SECRET], [String])", "collect(lazy)"),
        ("keep = Iterators.filter(p -> length(read(p, String)) > 0, [SECRET])", "collect(keep)"),
        ("apply(k) = k()", "mine() = read(SECRET, String); apply(mine)"),
    ])
    func aFunctionACourseDefinedStaysConfinedWhenTheLearnerCallsIt(definition: String, call: String) throws {
        let course = definition.replacingOccurrences(of: "SECRET", with: secret)
        let learner = call.replacingOccurrences(of: "SECRET", with: secret)
        switch session([(course, true), (learner, false)]) {
        case .success(let value): Issue.record("the learner's call ran the course's read: \(show(value))")
        case .failure(let error): #expect("\(error)".contains("is outside the course folder"), "\(error)")
        }
    }

    /// What the learner writes is still theirs: their own read, their own function, and
    /// a method they add to a function the course defined.
    @Test func theLearnersOwnCodeStaysFreeBesideTheCoursesFunctions() throws {
        let courseCell = "f() = read(\(secret), String); apply(k) = k()"
        let learnerCells = [
            "read(\(secret), String)",
            "mine() = read(\(secret), String); mine()",
            "f(x) = read(\(secret), String); f(1)",
            "map(p -> read(p, String), [\(secret)])[1]",
        ]
        for cell in learnerCells {
            guard case .string(let text) = try session([(courseCell, true), (cell, false)]).get() else {
                Issue.record("\(cell) gave no string")
                continue
            }
            #expect(text == "secret", "\(cell)")
        }
    }
}
