import LiveView
import Testing
@testable import Lessons

let sampleLesson = """
    # 3. MLP versus RNN

    An MLP forgets; an RNN carries $h_{t-1}$ forward.

    ```julia
    x = 2
    ```

    ```output tol=1e-6
    2.0000001
    ```

    Now a setup cell.

    ```julia hidden
    y = 7;
    ```

    A prose-only step.

    ---

    ::: exercise double-x
    Make `z` equal to `y`.
    ```julia check
    z == y
    ```
    ```julia solution
    z = 7
    ```
    ```hint
    Look at `y`.
    ```
    ```hint
    Type `z = 7`.
    ```
    :::

    ```julia long
    print(training)
    ```
    """

@Test func parsesStepsCellsOutputsAndExercises() throws {
    let lesson = try LessonParser.parse(sampleLesson, id: "03-mlp-vs-rnn", path: "03.md")
    #expect(lesson.title == "3. MLP versus RNN")
    #expect(lesson.shortTitle == "MLP versus RNN")
    #expect(lesson.number == 3)
    #expect(lesson.steps.count == 5)
    let first = lesson.steps[0]
    #expect(first.prose == "An MLP forgets; an RNN carries $h_{t-1}$ forward.")
    #expect(first.cell?.code == "x = 2")
    #expect(first.cell?.line == 6)
    #expect(first.cell?.expected == ExpectedOutput(text: "2.0000001", tolerance: 1e-6, line: 10))
    #expect(lesson.steps[1].cell?.kind == .hidden)
    #expect(lesson.steps[2].prose == "A prose-only step.")
    #expect(lesson.steps[2].cell == nil)
    let exercise = try #require(lesson.steps[3].exercise)
    #expect(exercise.id == "double-x")
    #expect(exercise.task == "Make `z` equal to `y`.")
    #expect(exercise.check == "z == y")
    #expect(exercise.solution == "z = 7")
    #expect(exercise.hints == ["Look at `y`.", "Type `z = 7`."])
    #expect(lesson.steps[4].cell?.kind == .long)
}

@Test(arguments: [
    ("# T\n```julia\nx = 1\n", 2, "never closed"),
    ("No title here\n", 1, "needs a `# Title`"),
    ("# T\n::: exercise a\ntask\n```julia check\ntrue\n```\n:::\n", 2, "no ```julia solution"),
    ("# T\n::: exercise a\n```julia solution\n1\n```\n```julia answer\n1\n```\n:::\n", 6, "unknown exercise block `julia answer`"),
    ("# T\n::: exercise a\n```julia solution tol=big\n1\n```\n:::\n", 3, "tol=NUMBER"),
    ("# T\n::: exercise\n:::\n", 2, "`::: exercise ID`"),
    ("# T\n```julia fast\n1\n```\n", 2, "unknown cell option `fast`"),
    ("# T\n```output\n1\n```\n", 2, "must follow a ```julia cell"),
    ("# T\n```julia\n1\n```\n```output tol=x\n1\n```\n", 5, "tol=NUMBER"),
])
func reportsFormatErrorsWithTheirLine(source: String, line: Int, message: String) {
    do {
        _ = try LessonParser.parse(source, id: "x", path: "x.md")
        Issue.record("expected an error for \(source)")
    } catch let error as LessonFormatError {
        #expect(error.line == line)
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.description.hasPrefix("x.md:\(line): "))
    } catch {
        Issue.record("unexpected error \(error)")
    }
}

@Test func otherFencesStayInTheProseVerbatim() throws {
    let lesson = try LessonParser.parse("# T\n\nA diagram:\n```text\nx → [RNN] → y\n```\n", id: "t", path: "t.md")
    #expect(lesson.steps.count == 1)
    #expect(lesson.steps[0].prose.contains("x → [RNN] → y"))
}

@Test func mathRendersInUnicodeAndASCII() {
    #expect(MathText.render("h_{t-1}") == "hₜ₋₁")
    #expect(MathText.render("W^{-1}") == "W⁻¹")
    #expect(MathText.render("\\lambda_i") == "λᵢ")
    #expect(MathText.render("\\hat{y}_t") == "y\u{0302}ₜ")
    #expect(MathText.render("h_{t-1}", unicode: false) == "h_{t-1}")
    #expect(MathText.render("\\hat{y}_t", unicode: false) == "hat(y)_t")
    #expect(MathText.render("\\tilde{c}_t") == "c\u{0303}ₜ")
    #expect(MathText.render("\\bar{x}") == "x\u{0304}")
    #expect(MathText.render("x_q") == "x_q", "no subscript q in Unicode: keep the plain form")
}

@Test func proseWrapsToTheWidthAndStylesInline() {
    let renderer = ProseRenderer(style: TextStyle(width: 30, color: false, unicode: true))
    let text = renderer.render("# Title\n\nA long paragraph that certainly needs wrapping at thirty columns, with `code` and $x_t$.\n\n- a list item that also wraps around the edge")
    for line in text.split(separator: "\n") { #expect(visibleWidth(String(line)) <= 30, "\(line)") }
    #expect(text.contains("`code`"))
    #expect(text.contains("xₜ"))
    #expect(text.contains("• a list item"))
    #expect(text.contains("  wraps") || text.contains("  around"), "hanging indent")
}

@Test(arguments: [
    ("1. Why memory", "Why memory"), ("3. MLP versus RNN", "MLP versus RNN"),
    ("4. Backpropagation through time (BPTT)", "BPTT"), ("5. Vanishing and exploding gradients", "Vanishing"),
    ("6. LSTM and GRU", "LSTM and GRU"), ("7. Practical issues", "Practical"),
])
func promptTitlesAreShort(title: String, expected: String) throws {
    let lesson = try LessonParser.parse("# \(title)\n\nText.\n", id: "x", path: "x.md")
    #expect(lesson.promptTitle == expected)
}
