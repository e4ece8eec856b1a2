import Foundation
import Testing
@testable import Lessons

/// Exercise checks on the real notebook language: answers are judged on the workspace
/// and again on the variations the exercise declares, so a constant, a copied variable
/// or a seed-less draw that matched by chance is refused, and what the learner hears
/// depends on what kind of input it was.
struct ExerciseCheckTests {
    static let lessonText = """
        # 5. Radius

        ```julia
        srand(1)
        W = randn(4, 4)
        rho = spectral_radius(W)
        B = [1.0 2.0; 3.0 4.0]
        n = 50
        srand(7)
        ```

        ::: exercise radius
        Compute the spectral radius of `W` and leave it in `ans`.

        ```julia solution
        maximum(abs.(eigvals(W)))
        ```

        ```julia vary
        # another W
        srand(2)
        W = randn(4, 4)
        ```

        ```julia reject
        rho
        ```
        :::

        ::: exercise draw
        Call `srand(7)`, then leave the mean of `rand(n)` in `ans`.

        ```julia solution
        srand(7)
        mean(rand(n))
        ```

        ```julia vary
        # another random stream and n
        srand(99)
        n = 40
        ```

        ```julia reject
        mean(rand(n))
        ```
        :::

        ::: exercise double
        Leave twice the row sums of `B` in `ans`, as a vector.

        ```julia solution tol=1e-12
        2 * vec(sum(B; dims=2))
        ```
        :::

        ::: exercise square
        Define `square(x)` that returns `x` times itself.

        ```julia check
        square(3) == 9 && square(-2) == 4
        ```

        ```julia solution
        square(x) = x * x
        ```

        ```julia reject
        square(x) = 9
        ```
        :::
        """

    let style = TextStyle(width: 80, color: false, unicode: true)

    func lesson() throws -> Lesson {
        try LessonParser.parse(ExerciseCheckTests.lessonText, id: "05-radius", path: "05-radius.md")
    }

    /// A session on the lesson, opened at `step` (1: radius, 2: draw, 3: double, 4: square).
    func session(at step: Int, log: Box<String>) throws -> Session {
        let session = Session(
            course: Course(lessons: [try lesson()], directory: "."), store: nil, style: style,
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0, step: step)
        log.value = ""
        return session
    }

    func value(_ code: String, in session: Session) -> String? {
        session.workspace.run(code, context: RunContext(style: style) { _ in }).display
    }

    @Test func aConstantIsRefusedThoughItHasTheRightValue() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        let literal = try #require(value("repr(maximum(abs.(eigvals(W))))", in: s)).replacingQuotes()
        s.handle(literal)
        #expect(log.value.unwrapped.contains("right value here, but it does not follow from the workspace"), "\(log.value)")
        #expect(log.value.unwrapped.contains("another W"), "the message names the variation: \(log.value)")
        #expect(!s.progress.isCompleted("radius", in: "05-radius"))
    }

    @Test func aCopiedVariableIsRefused() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("rho")
        #expect(log.value.unwrapped.contains("does not follow from the workspace"), "\(log.value)")
        #expect(!s.progress.isCompleted("radius", in: "05-radius"))
        log.value = ""
        s.handle("maximum(abs.(eigvals(W)))")
        #expect(log.value.unwrapped.contains("✓ Correct! Press Enter to go on."), "\(log.value)")
        #expect(s.progress.isCompleted("radius", in: "05-radius"))
    }

    @Test func aSeedlessDrawThatMatchedByChanceIsRefused() throws {
        // The lesson's last cell left the stream just after srand(7), so a draw without
        // the seed gives the solution's number here; on a stream seeded otherwise it
        // does not.
        let log = Box("")
        let s = try session(at: 2, log: log)
        s.handle("mean(rand(n))")
        #expect(log.value.unwrapped.contains("does not follow from the workspace"), "\(log.value)")
        #expect(log.value.unwrapped.contains("another random stream"), "\(log.value)")
        log.value = ""
        s.handle("srand(7); mean(rand(n))")
        #expect(log.value.unwrapped.contains("✓ Correct!"), "\(log.value)")
    }

    @Test func theRightComputationTypedOverSeveralInputsPasses() throws {
        // Every input at the step is replayed on the variation, so an answer built in
        // two steps follows the changed W.
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("moduli = abs.(eigvals(W))")
        #expect(log.value.split(separator: "\n").allSatisfy { !$0.contains("Not yet") }, "\(log.value)")
        s.handle("maximum(moduli)")
        #expect(log.value.unwrapped.contains("✓ Correct!"), "\(log.value)")
    }

    @Test func noNotYetAfterTheExerciseIsSolved() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("maximum(abs.(eigvals(W)))")
        log.value = ""
        s.handle("0")
        s.handle("rho")
        s.handle("W[1, 1]")
        #expect(!log.value.unwrapped.contains("Not yet"), "\(log.value)")
        #expect(!log.value.unwrapped.contains("does not follow"), "\(log.value)")
        // Solving it again is still confirmed, without asking to press Enter again.
        s.handle("maximum(abs.(eigvals(W)))")
        #expect(log.value.contains("✓ Correct!\n"), "\(log.value)")
        #expect(!log.value.unwrapped.contains("Press Enter"), "\(log.value)")
    }

    @Test func stepsOnTheWayHearNoNotYet() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("guess = 0.5")
        s.handle("half(x) = x / 2")
        s.handle("function twice(x)\n    2x\nend")
        s.handle("for k in 1:3\n    k\nend")
        #expect(!log.value.unwrapped.contains("Not yet"), "\(log.value)")
        s.handle("0.5")
        #expect(log.value.unwrapped.contains("Not yet"), "a value is an answer: \(log.value)")
    }

    @Test func anAssignmentTheCheckReadsIsJudged() throws {
        let log = Box("")
        let s = try session(at: 4, log: log)
        s.handle("helper = 3")
        #expect(!log.value.unwrapped.contains("Not yet"), "the check does not read `helper`: \(log.value)")
        s.handle("square(x) = x + x")
        #expect(log.value.unwrapped.contains("Not yet"), "the check reads `square`: \(log.value)")
        log.value = ""
        s.handle("square(x) = x^2")
        #expect(log.value.unwrapped.contains("✓ Correct!"), "\(log.value)")
    }

    @Test func enterAtAnUnsolvedExerciseDoesNotMoveOn() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("")
        #expect(s.stepIndex == 1)
        #expect(log.value.unwrapped.contains(":skip moves on without solving it"), "\(log.value)")
        #expect(log.value.unwrapped.contains(":hint"), "\(log.value)")
        s.handle("   ")
        #expect(s.stepIndex == 1)
        s.handle("maximum(abs.(eigvals(W)))")
        s.handle("")
        #expect(s.stepIndex == 2, "once solved, Enter goes on")
    }

    @Test func feedbackNamesAFactorASignAndAShape() throws {
        let log = Box("")
        let s = try session(at: 3, log: log)
        s.handle("vec(sum(B; dims=2))")
        #expect(log.value.unwrapped.contains("is the right one divided by 2"), "\(log.value)")
        log.value = ""
        s.handle("-2 * vec(sum(B; dims=2))")
        #expect(log.value.unwrapped.contains("wrong sign"), "\(log.value)")
        log.value = ""
        s.handle("2 * sum(B; dims=2)")
        // Messages are wrapped to the terminal's width; read them as one line.
        #expect(log.value.unwrapped.contains("the numbers are right, but your answer is a 2×1 matrix and the answer is a vector of length 2"),
                "\(log.value)")
        log.value = ""
        s.handle("[6.0, 15.0]")
        #expect(log.value.unwrapped.contains("Not yet. Try again, or :hint."), "\(log.value)")
        log.value = ""
        s.handle("\"six\"")
        #expect(log.value.unwrapped.contains("your answer is a value of type String, but the answer is a vector of length 2"),
                "\(log.value)")
    }

    @Test func judgingLeavesTheLearnersWorkspaceAndRandomStreamAlone() throws {
        let log = Box("")
        let s = try session(at: 1, log: log)
        s.handle("rho")                 // judged on the start and on the variation
        #expect(value("W[1, 1]", in: s) == value("srand(1); randn(4, 4)[1, 1]", in: s))
        // The stream is where the lesson left it (just after srand(7)), not where the
        // judge's runs of the variation (srand(2)) left it.
        let s2 = try session(at: 1, log: log)
        s2.handle("rho")
        let next = value("rand()", in: s2)
        #expect(next == value("srand(7); rand()", in: s2))
    }

    @Test func checkTypesTheNonAnswersAndCountsThem() throws {
        let report = NotebookRunner(style: style).check(try lesson(), in: LanguageWorkspace())
        #expect(report.failures == [])
        #expect(report.passed == 4)
        // radius: `rho`, its literal, `0`; draw: the seed-less draw, its literal, `0`;
        // double: `0`; square: `square(x) = 9`, `0`.
        #expect(report.nonAnswersTried == 9)
        #expect(report.nonAnswersRefused == 9)
    }

    @Test func checkFailsALessonWhoseNonAnswerIsAccepted() throws {
        // Without a variation, the typed-in value passes: the lesson must say so.
        let text = """
            # 1. Loose

            ```julia
            W = [2.0 0.0; 0.0 0.5]
            ```

            ::: exercise radius
            The spectral radius of `W`.

            ```julia solution
            maximum(abs.(eigvals(W)))
            ```

            ```julia reject
            2.0
            ```
            :::
            """
        let lesson = try LessonParser.parse(text, id: "01-loose", path: "01-loose.md")
        let report = NotebookRunner(style: style).check(lesson, in: LanguageWorkspace())
        #expect(report.failures.map(\.message) == ["exercise radius: the non-answer `2.0` is accepted"])
        #expect(report.failures.first?.line == 15)
        #expect(report.nonAnswersTried == 2)
        #expect(report.nonAnswersRefused == 1)
    }

    @Test func checkReportsAVariationOnWhichTheSolutionFails() throws {
        let text = """
            # 1. Broken

            ```julia
            W = [2.0 0.0; 0.0 0.5]
            ```

            ::: exercise radius
            The spectral radius of `W`.

            ```julia solution
            maximum(abs.(eigvals(W)))
            ```

            ```julia vary
            W = nosuch(3)
            ```
            :::
            """
        let lesson = try LessonParser.parse(text, id: "01-broken", path: "01-broken.md")
        let report = NotebookRunner(style: style).check(lesson, in: LanguageWorkspace())
        #expect(report.failures.contains { $0.message.contains("the variation at line 15 fails") }, "\(report.failures)")
    }
}

extension String {
    var unwrapped: String { replacingOccurrences(of: "\n", with: " ") }

    /// `repr` of a number shows it without quotes already; strings would be quoted.
    func replacingQuotes() -> String { filter { $0 != "\"" } }
}

struct AnswerValueTests {
    @Test func numbersAgreeWithinTheTolerance() {
        #expect(AnswerValue.number(1.0).mismatch(against: .number(1.0 + 1e-10), tolerance: 1e-8) == nil)
        #expect(AnswerValue.number(1.0).mismatch(against: .number(1.1), tolerance: 1e-8) == .differentValue)
    }

    @Test func aScalarFactorIsNamedOnlyWhenItLooksLikeASlip() {
        #expect(AnswerValue.number(32 * 0.37).mismatch(against: .number(0.37), tolerance: 1e-8) == .factor(32))
        #expect(AnswerValue.number(0.37 / 4).mismatch(against: .number(0.37), tolerance: 1e-8) == .factor(0.25))
        #expect(AnswerValue.number(-0.37).mismatch(against: .number(0.37), tolerance: 1e-8) == .sign)
        #expect(AnswerValue.number(0.41).mismatch(against: .number(0.37), tolerance: 1e-8) == .differentValue)
    }

    @Test func arraysReportShapeAndCommonFactor() {
        let v = AnswerValue.array(shape: [3], elements: [1, -2, 3])
        #expect(AnswerValue.array(shape: [3], elements: [0.5, -1, 1.5]).mismatch(against: v, tolerance: 1e-8) == .factor(0.5))
        #expect(AnswerValue.array(shape: [3], elements: [-1, 2, -3]).mismatch(against: v, tolerance: 1e-8) == .sign)
        #expect(AnswerValue.array(shape: [3], elements: [1, 2, 3]).mismatch(against: v, tolerance: 1e-8) == .differentValue)
        #expect(AnswerValue.array(shape: [3, 1], elements: [1, -2, 3]).mismatch(against: v, tolerance: 1e-8)
            == .shape(answer: "a 3×1 matrix", expected: "a vector of length 3", sameNumbers: true))
        #expect(AnswerValue.array(shape: [2], elements: [1, -2]).mismatch(against: v, tolerance: 1e-8)
            == .shape(answer: "a vector of length 2", expected: "a vector of length 3", sameNumbers: false))
        #expect(AnswerValue.number(1).mismatch(against: v, tolerance: 1e-8)
            == .kind(answer: "a number", expected: "a vector of length 3"))
        #expect(AnswerValue.nothing.mismatch(against: v, tolerance: 1e-8) == .noValue)
    }

    @Test func literalsReadBackAsTheSameValue() {
        #expect(AnswerValue.number(0.1).literal == "0.1")
        #expect(AnswerValue.number(1e-5).literal == "1e-05")
        #expect(AnswerValue.array(shape: [2], elements: [1.5, -2]).literal == "[1.5, -2.0]")
        #expect(AnswerValue.array(shape: [2, 2], elements: [1, 3, 2, 4]).literal == "[1.0 2.0; 3.0 4.0]")
        #expect(AnswerValue.other(shown: ":tagger", kind: "Symbol").literal == ":tagger")
        #expect(AnswerValue.other(shown: "sin", kind: "Function").literal == nil)
    }

    @Test func theLanguageReadsTheLiteralsBack() {
        let workspace = LanguageWorkspace()
        let context = RunContext(style: TextStyle()) { _ in }
        for value in [
            AnswerValue.number(0.1), .number(1e-5), .number(-3.25e12), .array(shape: [2], elements: [1.5, -2]),
            .array(shape: [2, 2], elements: [1, 3, 2, 4]),
        ] {
            let literal = try! #require(value.literal)
            #expect(workspace.run(literal, context: context).error == nil, "\(literal)")
            #expect(workspace.answerValue() == value, "\(literal)")
        }
    }
}

struct LanguageWorkspaceNamesTests {
    let workspace = LanguageWorkspace()

    @Test(arguments: [
        ("x = 1", ["x"] as [String]?),
        ("a, b = 1, 2", ["a", "b"]),
        ("v[2] = 3", ["v"]),
        ("t.x = 3", ["t"]),
        ("n += 1", ["n"]),
        ("f(x) = 2x", ["f"]),
        ("function g(x)\n    x\nend", ["g"]),
        ("y = 2; y + 1", nil),
        ("sum([1, 2])", nil),
        ("x = (", nil),
    ])
    func theLastStatementsAssignedNames(code: String, names: [String]?) {
        #expect(workspace.namesAssigned(byLastStatementOf: code) == names)
    }

    @Test func namesMentionedAreTheIdentifiers() {
        #expect(workspace.namesMentioned(in: "abs(ans - g[5]) < 1e-9 && :sym == s") == ["abs", "ans", "g", "s"])
    }
}

/// The lessons that ship: every exercise names at least two non-answers of its own
/// (`rnnlab check`, which CI runs, types them and adds `0` and the literal answer).
struct ShippedExerciseTests {
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons").path

    @Test func everyExerciseNamesTwoNonAnswers() throws {
        let course = try Course.load(from: ShippedExerciseTests.lessonsFolder)
        let exercises = course.lessons.flatMap { lesson in lesson.exercises.map { (lesson.id, $0) } }
        #expect(exercises.count >= 20)
        for (lesson, exercise) in exercises {
            #expect(exercise.nonAnswers.count >= 2, "\(lesson) \(exercise.id)")
        }
    }

    @Test func exercisesThatAskForAComputationVaryTheWorkspace() throws {
        // Those without variations are the ones whose answer is knowledge, arithmetic
        // on numbers the task gives, or a function the check calls on its own inputs.
        let course = try Course.load(from: ShippedExerciseTests.lessonsFolder)
        let fixed = course.lessons.flatMap { lesson in
            lesson.exercises.filter(\.variations.isEmpty).map { "\(lesson.number ?? 0).\($0.id)" }
        }
        #expect(fixed.sorted() == ["2.which", "3.unroll", "5.clip", "6.carousel", "7.temperature"])
    }
}
