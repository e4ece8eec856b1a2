import Foundation
import Testing
@testable import Lessons

/// Commands that replace the workspace free the old one on the thread that handles
/// the input (the front end's main thread), not on the evaluator's large stack. A
/// tuple nested 300,000 deep in it crashed `:goto`, `:back` and `:reset all` with
/// SIGSEGV (issue 12), losing the learner's whole session. Each runs in a child
/// process, so a crash fails the test rather than the run.
@Suite struct DeepWorkspaceTests {
    static let deepTuple = "t = (); for i in 1:300000; global t = (t,); end"

    static func languageSession() throws -> Session {
        let lesson = try LessonParser.parse(
            "# 1. One\n\nFirst.\n\n```julia\nx = 1\n```\n\nSecond.\n\n```julia\ny = 2\n```\n", id: "01-one", path: "01.md")
        return Session(
            course: Course(lessons: [lesson], directory: "."), store: nil,
            style: TextStyle(width: 60, color: false, unicode: true),
            makeWorkspace: { LanguageWorkspace() }, emit: { _ in })
    }

    @Test func commandsThatReplaceTheWorkspaceSurviveADeepTuple() async {
        await #expect(processExitsWith: .success) {
            let session = try DeepWorkspaceTests.languageSession()
            session.open(lesson: 0)
            session.handle("")
            for command in [[":back"], [":goto 1"], [":reset all", "y"], [":reset", "y"]] {
                session.handle(DeepWorkspaceTests.deepTuple)
                for input in command { session.handle(input) }
            }
        }
    }
}
