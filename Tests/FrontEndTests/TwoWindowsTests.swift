import Foundation
import Testing

/// Two notebooks open at once on one state folder (issue 12): the last to save used
/// to replace the other's progress with its stale copy. Both processes start before
/// either moves; the first works through the lesson and solves its exercise and
/// quits; the second, which knew none of that, takes one step and quits. The saved
/// progress must hold the first window's furthest step and exercise.
@Suite struct TwoWindowsTests {
    @Test func twoProcessesMergeTheirProgress() throws {
        let state = try TemporaryDirectory(prefix: "rnnlab-two-state")
        let course = try TemporaryDirectory(prefix: "rnnlab-two-course")
        try writeText(CourseFixture.basics, to: course.path + "/01-basics.md")
        try writeText(CourseFixture.second, to: course.path + "/02-second.md")
        let environment = ["XDG_STATE_HOME": state.path, "HOME": state.path, "PATH": "/usr/bin:/bin"]
        func window() throws -> PipedProcess {
            try PipedProcess(executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
                             environment: environment, timeout: 60)
        }
        let first = try window(), second = try window()
        // Both have read the (empty) progress and wait for input.
        try first.waitUntilBlocked()
        try second.waitUntilBlocked()
        first.write("\n\n\n2 * 21\n")
        let (firstOutput, firstCode) = try first.finish()
        #expect(firstCode == 0)
        #expect(String(decoding: firstOutput, as: UTF8.self).contains("Correct"))
        second.write("\n")
        #expect(try second.finish().code == 0)

        let data = try Data(contentsOf: URL(fileURLWithPath: state.path + "/rnnlab/progress.json"))
        let saved = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let furthest = (saved["furthestStepByLesson"] as? [String: Int])?["01-basics"]
        let solved = (saved["completedExercises"] as? [String: [String]])?["01-basics"] ?? []
        #expect(furthest.map { $0 >= 3 } == true, "furthest step \(String(describing: furthest))")
        #expect(solved.contains("double"), "solved \(solved)")
        // Each window keeps where it is: the second was last at step 2.
        #expect((saved["stepByLesson"] as? [String: Int])?["01-basics"] == 1)
    }
}
