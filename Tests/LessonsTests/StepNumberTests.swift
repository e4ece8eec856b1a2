import Foundation
import Testing
@testable import Lessons

/// Step numbers come from the learner (`:goto 3.2`) and from the progress file, and
/// either may hold any integer. Issue 12: `:goto 1.-9223372036854775808` trapped on
/// `step - 1`, `:goto 3.0` silently opened step 1, and a saved step of −5 offered to
/// resume "at step −4".
@Suite struct StepNumberTests {
    /// What `:goto TARGET` said, and whether the session stayed on lesson 2's first step.
    static func goto(_ target: String) throws -> (said: String, stayed: Bool) {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 1)
        log.value = ""
        session.handle(":goto \(target)")
        return (log.value, session.lessonIndex == 1 && session.stepIndex == 0)
    }

    @Test(arguments: ["3.0", "3 9223372036854775807", "3.6", "3.-1"])
    func aStepOutsideTheLessonIsRefusedWithTheValidRange(_ target: String) throws {
        let (said, stayed) = try Self.goto(target)
        #expect(stayed, "the session moved")
        #expect(said.contains("has steps 1 to 5"), "\(said)")
    }

    /// Trapped on `step - 1`; a child process, so the trap fails this test alone.
    @Test func theLowestIntegerAsAStepIsRefused() async {
        await #expect(processExitsWith: .success) {
            let (said, stayed) = try StepNumberTests.goto("3.-9223372036854775808")
            guard stayed && said.contains("has steps 1 to 5") else { fatalError("said: \(said)") }
        }
    }

    @Test func aStepInsideTheLessonOpensIt() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 1)
        session.handle(":goto 3.5")
        #expect(session.lessonIndex == 0 && session.stepIndex == 4)
    }

    @Test(arguments: [-5, Int.min, Int.max])
    func aSavedStepOutOfRangeResumesInsideTheLesson(_ saved: Int) throws {
        let path = temporaryPath("progress.json")
        try #"""
            {"currentLesson": "04-bptt", "stepByLesson": {"04-bptt": \#(saved)}, "furthestStepByLesson": {},
             "completedExercises": {}, "finishedLessons": []}
            """#
            .write(toFile: path, atomically: true, encoding: .utf8)
        let session = try makeSession(progressPath: path, log: Box(""))
        let resume = try #require(session.resumePoint)
        #expect(resume.lesson == 1 && resume.step == 0, "resumes at step \(resume.step + 1)")
    }
}
