import Foundation
import Testing

/// `rnnlab check` gives each cell a time limit, fails the cell that exceeds it and
/// goes on (issue 12: a course with `while true end` in a cell kept it running for
/// ever). The default is generous (60 s); `--cell-time-limit` sets another.
@Suite struct CheckTimeLimitTests {
    static let spinningLesson = """
        # 1. Spinning

        A cell that never ends.

        ```julia
        while true end
        ```

        The next one still runs.

        ```julia
        println(1 + 1)
        ```

        ```output
        2
        ```
        """

    @Test func aCellPastTheLimitFailsAndTheCheckGoesOn() throws {
        let (text, code, seconds) = try checkWithATwoSecondLimit(Self.spinningLesson)
        #expect(code == 1)
        #expect(text.contains("01-spinning.md:6: the cell failed: it ran longer than the 2 s limit"), "\(text)")
        #expect(text.contains("1 passed, 1 failed"), "\(text)")
        #expect(seconds < 30)
    }
}

/// Runs `rnnlab check --cell-time-limit 2` on a course of one lesson; what it printed,
/// its exit code and the seconds it took.
func checkWithATwoSecondLimit(_ lesson: String) throws -> (text: String, code: Int32, seconds: Double) {
    let course = try TemporaryDirectory(prefix: "rnnlab-check-limit")
    try writeText(lesson, to: course.path + "/01-spinning.md")
    let started = Date()
    let process = try PipedProcess(
        executable: try builtExecutable("rnnlab"), arguments: ["check", "--cell-time-limit", "2", course.path],
        environment: ["HOME": course.path, "PATH": "/usr/bin:/bin"], timeout: 60)
    let (output, code) = try process.finish()
    return (String(decoding: output, as: UTF8.self), code, Date().timeIntervalSince(started))
}

/// The limit holds for exercises too: a solution that never ends fails its exercise
/// and the check goes on, as a cell's does.
@Suite struct ExerciseTimeLimitTests {
    static let spinningExercise = """
        # 1. Spinning

        ::: exercise spin
        Never finish.

        ```julia solution
        while true end
        ```
        :::

        The next one still runs.

        ```julia
        println(1 + 1)
        ```

        ```output
        2
        ```
        """

    @Test func aSolutionPastTheLimitFailsItsExerciseAndTheCheckGoesOn() throws {
        let (text, code, seconds) = try checkWithATwoSecondLimit(Self.spinningExercise)
        #expect(code == 1)
        #expect(text.contains("exercise spin: the solution failed: it ran longer than the 2 s limit"), "\(text)")
        #expect(text.contains("1 passed, 1 failed"), "\(text)")
        #expect(seconds < 30)
    }
}
