import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// End-to-end checks of the notebook: the built `rnnlab` opened on a small course
/// written for these tests, driven through a pseudo-terminal as a learner would type
/// at it (and, for piped input, `run` and `check`, through pipes).
///
/// Each test has its own course folder and its own XDG_STATE_HOME, so progress and
/// history never leak between tests or into the machine's real state.
@Suite(.serialized)
struct NotebookREPLTests {
    let stateHome: TemporaryDirectory
    let course: TemporaryDirectory
    let environment: [String: String]

    init() throws {
        stateHome = try TemporaryDirectory(prefix: "rnnlab-repl-state")
        course = try TemporaryDirectory(prefix: "rnnlab-repl-course")
        try writeText(CourseFixture.basics, to: course.path + "/01-basics.md")
        try writeText(CourseFixture.second, to: course.path + "/02-second.md")
        // TERM as a learner has it, whatever the test runner's own environment says
        // (CI runs `swift test` with no TERM and stdin from /dev/null).
        environment = [
            "TERM": "xterm", "XDG_STATE_HOME": stateHome.path, "HOME": stateHome.path, "PATH": "/usr/bin:/bin",
        ]
    }

    var progressFile: String { stateHome.path + "/rnnlab/progress.json" }

    /// The end of the prompt at step `step` of the first fixture lesson (the lesson's
    /// name before it is the session's to shorten).
    func basicsPrompt(_ step: Int) -> String { " \(step)/5] rnnlab> " }

    /// Opens the notebook on the fixture course in a new terminal.
    func launchNotebook() throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
            environment: environment, timeout: 40)
    }

    /// Opens the notebook on the fixture course with its input and output on pipes.
    func pipeNotebook() throws -> PipedProcess {
        try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
            environment: environment, timeout: 40)
    }

    /// Opens the notebook and waits for the first step's prompt.
    func startNotebook() throws -> PseudoTerminal {
        let terminal = try launchNotebook()
        try terminal.expect(basicsPrompt(1))
        return terminal
    }

    /// Types `input` and Enter, then waits for `output` and the next `prompt`.
    func enter(_ input: String, in terminal: PseudoTerminal, expecting output: [String], prompt: String) throws {
        try terminal.type(input + "\r")
        for text in output { try terminal.expect(text) }
        try terminal.expect(prompt)
    }

    /// Ctrl-D on an empty line: the notebook must exit with 0.
    func quit(_ terminal: PseudoTerminal) throws {
        try terminal.type("\u{04}")
        let code = try terminal.waitForExit()
        #expect(code == 0, "\(terminal.transcript)")
    }

    // MARK: Lessons and steps

    @Test func openingShowsTheFirstStepAndEnterRunsTheNextCell() throws {
        let terminal = try launchNotebook()
        try terminal.expect("1. Stepping basics")
        try terminal.expect("The opening paragraph of the basics lesson.")
        try terminal.expect("first cell says hello\r\n")
        try terminal.expect(basicsPrompt(1))
        // Everything shown so far (welcome, title, prose, code) fits the 80 columns.
        for line in withoutEscapes(terminal.transcript).components(separatedBy: "\r\n") {
            #expect(line.count <= 80, "wider than 80 columns: \(String(reflecting: line))")
        }
        // The second cell runs only once the learner asks for the next step.
        #expect(!terminal.transcript.contains("counter is"))
        try enter("", in: terminal, expecting: ["The second step shows a counter.", "counter is 10\r\n"],
                  prompt: basicsPrompt(2))
        try quit(terminal)
    }

    @Test func aPlotCellDrawsItsPlot() throws {
        let terminal = try startNotebook()
        try enter("", in: terminal, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        try enter("", in: terminal, expecting: ["The third step draws a plot.", "squares plotted"], prompt: basicsPrompt(3))
        let plot = try #require(terminal.transcript.range(of: "squares plotted").map { terminal.transcript[$0.upperBound...] })
        // A frame, and braille dots that are not all blank (U+2800 is the empty cell).
        #expect(plot.contains("┌") && plot.contains("┘"), "\(plot)")
        #expect(plot.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "\(plot)")
        #expect(!plot.contains("error"), "\(plot)")
        try quit(terminal)
    }

    // MARK: Typing code

    @Test func anExpressionTypedByHandIsEvaluated() throws {
        let terminal = try startNotebook()
        try enter("6*7", in: terminal, expecting: ["\r\n42\r\n"], prompt: basicsPrompt(1))
        // `ans` holds the last result.
        try enter("ans + 1", in: terminal, expecting: ["\r\n43\r\n"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func aFunctionEnteredLineByLineUsesTheContinuationPrompt() throws {
        let terminal = try startNotebook()
        try terminal.type("function triple(x)\r")
        try terminal.expect("...> ")
        try terminal.type("x * 3\r")
        try terminal.expect("...> ")
        try enter("end", in: terminal, expecting: ["triple (generic function with 1 method)"], prompt: basicsPrompt(1))
        try enter("triple(2)", in: terminal, expecting: ["\r\n6\r\n"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func ctrlCAtTheContinuationPromptAbandonsTheBlock() throws {
        let terminal = try startNotebook()
        try terminal.type("function unfinished(x)\r")
        try terminal.expect("...> ")
        try terminal.type("\u{03}")
        try terminal.expect("^C")
        // Back at the main prompt: the next line is new input, not the block's end.
        try terminal.expect(basicsPrompt(1))
        try enter("5+5", in: terminal, expecting: ["\r\n10\r\n"], prompt: basicsPrompt(1))
        try enter("unfinished", in: terminal, expecting: ["undefined variable `unfinished`"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func upArrowRecallsHistory() throws {
        let terminal = try startNotebook()
        try enter("7*6+1", in: terminal, expecting: ["\r\n43\r\n"], prompt: basicsPrompt(1))
        try enter("1+1", in: terminal, expecting: ["\r\n2\r\n"], prompt: basicsPrompt(1))
        // Two steps up is the first entry; running it again shows 43 a second time.
        try enter("\u{1b}[A\u{1b}[A", in: terminal, expecting: ["\r\n43\r\n"], prompt: basicsPrompt(1))
        let history = try String(contentsOfFile: stateHome.path + "/rnnlab/history", encoding: .utf8)
        #expect(history.contains("7*6+1"), "\(history)")
        try quit(terminal)
    }

    @Test func tabCompletesBuiltinsAndCommands() throws {
        let terminal = try startNotebook()
        // Only a completed `println` can print 1011; `printl(...)` would be an error.
        try enter("printl\t(1000+11)", in: terminal, expecting: ["\r\n1011\r\n"], prompt: basicsPrompt(1))
        #expect(!terminal.transcript.contains("undefined"), "\(terminal.transcript)")
        // `:va` names one command only: Tab completes it and Enter runs it.
        try enter(":va\t", in: terminal, expecting: [":va", "rs", "\r\nseen "], prompt: basicsPrompt(1))
        // `:les` is shared by :lesson and :lessons: Tab fills in up to `:lesson`, a
        // second Tab lists both, and an `s` picks the listing command.
        try terminal.type(":les\t")
        try terminal.expect("son")
        try terminal.type("\t")
        try terminal.expect("\r\n:lesson ")
        try terminal.expect(":lessons\r\n")
        try terminal.expect(basicsPrompt(1) + ":lesson")
        try enter("s", in: terminal, expecting: ["▶ ◐ 1. Stepping basics"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    // MARK: Ctrl-C and Ctrl-D

    @Test func ctrlCStopsARunningLoopAndKeepsTheWorkspace() throws {
        let terminal = try startNotebook()
        try enter("keep = 77", in: terminal, expecting: ["\r\n77\r\n"], prompt: basicsPrompt(1))
        // The line prints before looping, so the test knows the cell is running
        // (a Ctrl-C sent earlier would reach the prompt instead).
        try terminal.type("println(\"spinning now\"); while true end\r")
        try terminal.expect("spinning now\r\n")
        terminal.send("\u{03}")
        try terminal.expect("interrupted")
        try terminal.expect(basicsPrompt(1))
        #expect(terminal.isRunning)
        try enter("keep + 1", in: terminal, expecting: ["\r\n78\r\n"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func ctrlCAtThePromptClearsTheLine() throws {
        let terminal = try startNotebook()
        try terminal.type("abc")
        try terminal.expect("abc")
        try terminal.type("\u{03}")
        try terminal.expect("^C")
        try terminal.expect(basicsPrompt(1))
        #expect(terminal.isRunning)
        // The abandoned `abc` is neither run nor left in front of what comes next.
        try enter("40+2", in: terminal, expecting: ["\r\n42\r\n"], prompt: basicsPrompt(1))
        #expect(!terminal.transcript.contains("undefined variable"), "\(terminal.transcript)")
        try quit(terminal)
    }

    @Test func ctrlDSavesProgressAndTheNextStartOffersToResume() throws {
        let first = try startNotebook()
        try enter("", in: first, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        try quit(first)
        let saved = try readProgress()
        #expect(saved["currentLesson"] as? String == "01-basics")
        #expect((saved["stepByLesson"] as? [String: Int])?["01-basics"] == 1, "\(saved)")

        // Enter accepts the offer: step 2 again, with step 1's variables replayed.
        let second = try launchNotebook()
        try second.expect("Welcome back")
        try second.expect("\"1. Stepping basics\" at step 2? [Y/n]")
        try enter("", in: second, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        try enter("seen + 100", in: second, expecting: ["\r\n101\r\n"], prompt: basicsPrompt(2))
        try quit(second)

        // `n` declines: the course starts from its first step.
        let third = try launchNotebook()
        try third.expect("Welcome back")
        try enter("n", in: third, expecting: ["first cell says hello"], prompt: basicsPrompt(1))
        try quit(third)
        #expect((try readProgress()["stepByLesson"] as? [String: Int])?["01-basics"] == 0)
    }

    // MARK: Commands

    @Test func backRestoresTheWorkspaceOfTheEarlierStep() throws {
        let terminal = try startNotebook()
        try enter("mine = 5151", in: terminal, expecting: ["\r\n5151\r\n"], prompt: basicsPrompt(1))
        try enter("", in: terminal, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        try enter("", in: terminal, expecting: ["squares plotted"], prompt: basicsPrompt(3))
        try enter("mine = 9999", in: terminal, expecting: ["\r\n9999\r\n"], prompt: basicsPrompt(3))
        try enter("counter = -3", in: terminal, expecting: ["\r\n-3\r\n"], prompt: basicsPrompt(3))
        try enter(":back", in: terminal, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        // Both the learner's own variable and the cell's are as they were at step 2.
        try enter("mine", in: terminal, expecting: ["\r\n5151\r\n"], prompt: basicsPrompt(2))
        try enter("counter", in: terminal, expecting: ["\r\n10\r\n"], prompt: basicsPrompt(2))
        try quit(terminal)
    }

    @Test func lessonsListShowsProgressMarks() throws {
        let terminal = try startNotebook()
        try enter(":lessons", in: terminal,
                  expecting: ["▶ ◐ 1. Stepping basics", "exercises 0/1", "  ○ 2. Second lesson"],
                  prompt: basicsPrompt(1))
        let secondPrompt = " 1/1] rnnlab> "
        try enter(":goto 2", in: terminal, expecting: ["The only step of the second lesson."], prompt: secondPrompt)
        // Enter on the last step finishes the lesson (and here the course).
        try enter("", in: terminal, expecting: ["end of the course"], prompt: secondPrompt)
        try enter(":lessons", in: terminal, expecting: ["  ◐ 1. Stepping basics", "▶ ✓ 2. Second lesson"],
                  prompt: secondPrompt)
        try quit(terminal)
    }

    @Test func exerciseHintAndCorrectAnswer() throws {
        let terminal = try startNotebook()
        try enter(":goto 1.4", in: terminal, expecting: ["Exercise", "Leave twice 21 in"], prompt: basicsPrompt(4))
        try enter("2*20", in: terminal, expecting: ["\r\n40\r\n", "Not yet"], prompt: basicsPrompt(4))
        #expect(!terminal.transcript.contains("Correct"))
        try enter(":hint", in: terminal, expecting: ["Hint:", "Multiply twenty-one by two."], prompt: basicsPrompt(4))
        try enter("2*21", in: terminal, expecting: ["\r\n42\r\n", "Correct"], prompt: basicsPrompt(4))
        try quit(terminal)
        let done = try readProgress()["completedExercises"] as? [String: [String]]
        #expect(done?["01-basics"] == ["double"], "\(String(describing: done))")
    }

    @Test func bpttStepperStepsAndLeaves() throws {
        let terminal = try startNotebook()
        try terminal.type(":step\r")
        try terminal.expect("Forward, step 1 of 10")
        try terminal.expect("(1/20)")
        try terminal.type("n")
        try terminal.expect("Forward, step 2 of 10")
        try terminal.expect("(2/20)")
        try terminal.type("q")
        try terminal.expect("Left the stepper.")
        try terminal.expect(basicsPrompt(1))
        // Back in the notebook, code runs again.
        try enter("6*7", in: terminal, expecting: ["\r\n42\r\n"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func bpttStepperMovesOneStepPerKeyPress() throws {
        // Every key answers at once, without Enter.
        let terminal = try startNotebook()
        try terminal.type(":step\r")
        try terminal.expect("Forward, step 1 of 10")
        try terminal.expect("(1/20)")
        try terminal.type("\u{1b}[C")
        try terminal.expect("Forward, step 2 of 10")
        try terminal.expect("(2/20)")
        try terminal.type("\u{1b}[D")
        try terminal.expect("Forward, step 1 of 10")
        try terminal.expect("(1/20)")
        try terminal.type("\u{1b}[4~")   // End, as tmux sends it
        try terminal.expect("(20/20)")
        try terminal.type("\u{1b}")      // Esc alone leaves
        try terminal.expect("Left the stepper.")
        try terminal.expect(basicsPrompt(1))
        // Out of the stepper the arrows edit the line again: ← moves the cursor back
        // one place, so the 5 lands before the 2.
        try terminal.type("x = 2")
        try terminal.type("\u{1b}[D5\r")
        try terminal.expect("\r\n52\r\n")
        try terminal.expect(basicsPrompt(1))
        try quit(terminal)
    }

    @Test func fifteenStepperKeysRedrawInPlaceWithinOneScreen() throws {
        let terminal = try startNotebook()
        try enter("kept = 6*7", in: terminal, expecting: ["\r\n42\r\n"], prompt: basicsPrompt(1))
        try terminal.type(":step\r")
        try terminal.expect("Forward, step 1 of 10")
        try terminal.expect("(1/20)")
        let before = try RenderedScreen(terminal.transcript)
        for k in 2...16 {
            try terminal.type("\u{1b}[C")
            try terminal.expect("(\(k)/20)")
        }
        let after = try RenderedScreen(terminal.transcript)
        #expect(after.history - before.history < 24, "15 keys scrolled \(after.history - before.history) lines")
        #expect(after.count("Backward, step 5 (6 of 10 done)") == 1, "\(after.lines.joined(separator: "\n"))")
        #expect(after.count("Forward, step") == 0 && after.count("(16/20)") == 1, "one frame on the screen")
        #expect(after.lines.contains { $0.contains("rnnlab> :step") }, "the prompt and prose above stay")
        // Ctrl-C leaves the view and gives the prompt back with the workspace intact.
        try terminal.type("\u{03}")
        try terminal.expect("Left the stepper.")
        try terminal.expect(basicsPrompt(1))
        try enter("kept + 1", in: terminal, expecting: ["\r\n43\r\n"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func theExplorersArrowChangesRhoOnScreenAndCtrlCKeepsTheWorkspace() throws {
        let terminal = try startNotebook()
        try enter("W = [0.8 0.0 0.0; 0.0 0.5 0.0; 0.0 0.0 -0.3];", in: terminal, expecting: [], prompt: basicsPrompt(1))
        try terminal.type(":explore W\r")
        try terminal.expect("Spectrum explorer")
        try terminal.expect("q leave")
        let before = try RenderedScreen(terminal.transcript)
        #expect(before.count("matrix, ρ = 0.80 (W × 1.000)") == 1, "\(before.lines.joined(separator: "\n"))")
        try terminal.type("\u{1b}[C")
        try terminal.expect("ρ = 0.85")
        try terminal.expect("q leave")
        try terminal.type("\u{1b}[1;2C")    // Shift-→: a finer step
        try terminal.expect("ρ = 0.86")
        try terminal.expect("q leave")
        let after = try RenderedScreen(terminal.transcript)
        #expect(after.count("matrix, ρ = 0.86 (W × 1.075)") == 1, "\(after.lines.joined(separator: "\n"))")
        #expect(after.count("matrix, ρ = 0.80") == 0 && after.count("Spectrum explorer") == 1, "redrawn in place")
        try terminal.type("\u{03}")
        try terminal.expect("Left the explorer at ρ = 0.86")
        try terminal.expect(basicsPrompt(1))
        try enter("(W[1, 1], round(ans[1, 1]; digits=2))", in: terminal, expecting: ["(0.8, 0.86)"], prompt: basicsPrompt(1))
        try quit(terminal)
    }

    @Test func showprogressDrawsAPercentageAndAnETAMidRunAndCtrlCKeepsTheWorkspace() throws {
        let terminal = try startNotebook()
        try terminal.type("n = 0; @showprogress for i in 1:400; global n = i; sleep(0.05); end\r")
        try terminal.expect("ETA: ")
        try terminal.expect("ETA: ")   // a second frame: the bar moves while the loop runs
        let running = try RenderedScreen(terminal.transcript)
        let bars = running.lines.filter { $0.hasPrefix("Progress:") }
        #expect(bars.count == 1 && bars[0].contains("%|") && bars[0].contains("/400  ETA: 0:00:"), "\(running.lines)")
        terminal.send("\u{03}")
        try terminal.expect("(Ctrl-C)")
        try terminal.expect(basicsPrompt(1))
        let stopped = try RenderedScreen(terminal.transcript)
        #expect(stopped.lines.filter { $0.hasPrefix("Progress:") }.count == 1, "the final line replaced the bar")
        try terminal.type("0 < n < 400\r")
        try terminal.expect("\r\ntrue\r\n")
        try terminal.expect(basicsPrompt(1))
        try quit(terminal)
    }

    /// A continuation line exactly as wide as the terminal used to leave a blank row
    /// under it (libedit and the terminal's deferred wrap, see MarginWrap): the next
    /// continuation prompt must come on the very next row.
    @Test func aContinuationLineAsWideAsTheTerminalLeavesNoBlankRow() throws {
        let terminal = try startNotebook()
        try terminal.type("function f()\r")
        try terminal.expect("...> ")
        let prompt = try RenderedScreen(terminal.transcript).lines.last { $0.contains("...>") } ?? ""
        let filler = String(repeating: "x", count: 80 - (prompt.count + 1) - "s = \"\"".count)
        try terminal.type("s = \"\(filler)\"\r")
        try terminal.expect("...> ")
        try enter("end", in: terminal, expecting: ["\r\nf (generic function with 1 method)"], prompt: basicsPrompt(1))
        let lines = try RenderedScreen(terminal.transcript).lines
        let wide = lines.firstIndex { $0.hasSuffix("s = \"\(filler)\"") }
        #expect(wide.map { lines[$0].count } == 80, "\(lines.joined(separator: "\n"))")
        #expect(wide.map { lines[$0 + 1].hasSuffix("...> end") } == true, "\(lines.joined(separator: "\n"))")
        try quit(terminal)
    }

    @Test func savedSessionReplaysWithRun() throws {
        let terminal = try startNotebook()
        try enter("kept = 6*7", in: terminal, expecting: ["\r\n42\r\n"], prompt: basicsPrompt(1))
        try enter("println(\"kept is \", kept)", in: terminal, expecting: ["kept is 42\r\n"], prompt: basicsPrompt(1))
        let notebook = course.path + "/saved-notebook.md"
        try enter(":save \(notebook)", in: terminal, expecting: ["Saved"], prompt: basicsPrompt(1))
        try quit(terminal)
        let (text, code) = try runToEnd(["run", notebook])
        #expect(text.contains("kept is 42\n"), "\(text)")
        #expect(code == 0, "\(text)")
    }

    @Test func asciiFlagKeepsPlotsAndProseToASCII() throws {
        let terminal = try PseudoTerminal(
            executable: try builtExecutable("rnnlab"), arguments: ["--ascii", "--lessons", course.path],
            environment: environment, timeout: 40)
        try terminal.expect(basicsPrompt(1))
        try enter("", in: terminal, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        try enter("", in: terminal, expecting: ["squares plotted"], prompt: basicsPrompt(3))
        let wide = terminal.transcript.unicodeScalars.filter { !$0.isASCII }
        #expect(wide.isEmpty, "non-ASCII output: \(String(String.UnicodeScalarView(wide)))")
        try quit(terminal)
    }

    // MARK: Terminal size

    @Test func proseWrapsToANarrowedTerminal() throws {
        let terminal = try startNotebook()
        try terminal.resize(columns: 40, rows: 24)
        try enter("", in: terminal, expecting: ["counter is 10"], prompt: basicsPrompt(2))
        let transcript = terminal.transcript
        let start = try #require(transcript.range(of: "The second step"))
        let end = try #require(transcript.range(of: "counter = 10", range: start.upperBound..<transcript.endIndex))
        let lines = withoutEscapes(String(transcript[start.lowerBound..<end.lowerBound]))
            .components(separatedBy: "\r\n").dropLast()  // the last is the code line's bar
        #expect(lines.count >= 5, "the long paragraph should wrap over several lines: \(lines)")
        for line in lines {
            #expect(line.count <= 40, "wider than 40 columns: \(String(reflecting: line))")
        }
        try quit(terminal)
    }

    // MARK: Without a terminal

    @Test func pipedInputRunsCodeAndCommandsWithoutEscapeCodes() throws {
        let process = try pipeNotebook()
        process.write("6*7\n:next\n")
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("first cell says hello\n"), "\(text)")
        #expect(text.contains("\n42\n"), "\(text)")
        #expect(text.contains("The second step shows a counter."), "\(text)")
        #expect(text.contains("counter is 10\n"), "\(text)")
        #expect(!text.contains("rnnlab> "), "no prompts on a pipe: \(text)")
        #expect(!output.contains(0x1B), "no escape codes on a pipe: \(String(reflecting: text))")
        #expect(code == 0)
        #expect((try readProgress()["stepByLesson"] as? [String: Int])?["01-basics"] == 1)
    }

    @Test func pipedInputWithSavedProgressResumesWithoutAskingForAnAnswer() throws {
        let first = try pipeNotebook()
        first.write("\n")
        #expect(try first.finish().code == 0)

        // The first line is code, and must run as code rather than answer a question.
        let second = try pipeNotebook()
        second.write("6*7\n")
        let (output, code) = try second.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains("Resuming \"1. Stepping basics\" at step 2."), "\(text)")
        // The resumed step's cell, then the piped line's result.
        #expect(text.contains("counter is 10\n42\n"), "\(text)")
        #expect(code == 0)
    }

    @Test func runPrintsAProgramsOutput() throws {
        let file = course.path + "/fine.jl"
        try writeText("println(\"ran fine\")\nx = 2 + 3\nprintln(x * 10)\n", to: file)
        let (text, code) = try runToEnd(["run", file])
        #expect(text == "ran fine\n50\n")
        #expect(code == 0)
    }

    @Test func runStopsAtAnErrorWithItsMessageAndANonZeroCode() throws {
        let file = course.path + "/broken.jl"
        try writeText("println(\"before the error\")\nnosuchfn(1)\nprintln(\"never printed\")\n", to: file)
        let (text, code) = try runToEnd(["run", file])
        #expect(text.contains("before the error\n"), "\(text)")
        #expect(text.contains("undefined variable `nosuchfn`"), "\(text)")
        #expect(text.contains("line 2"), "the message should say where: \(text)")
        #expect(!text.contains("never printed"), "\(text)")
        #expect(code != 0)
    }

    @Test func runReplaysEveryCellOfALesson() throws {
        let (text, code) = try runToEnd(["run", course.path + "/01-basics.md"])
        #expect(text.contains("first cell says hello\n"), "\(text)")
        #expect(text.contains("counter is 10\n"), "\(text)")
        #expect(text.contains("squares plotted"), "\(text)")
        #expect(code == 0)
    }

    @Test(arguments: [
        (expected: "2", summary: "2 passed, 0 failed; 1 non-answer tried, 1 refused", exitCode: Int32(0)),
        (expected: "3", summary: "1 passed, 1 failed; 1 non-answer tried, 1 refused", exitCode: Int32(1)),
    ])
    func checkComparesOutputsAndExercises(expected: String, summary: String, exitCode: Int32) throws {
        let folder = try TemporaryDirectory(prefix: "rnnlab-check")
        try writeText(CourseFixture.checked(expectedOutput: expected), to: folder.path + "/01-checked.md")
        let (text, code) = try runToEnd(["check", folder.path])
        #expect(text.hasSuffix(summary + "\n"), "\(text)")
        #expect(code == exitCode, "\(text)")
        if exitCode != 0 {
            // The failure names the lesson file and the line of the expected text.
            #expect(text.contains("01-checked.md:8: output differs"), "\(text)")
        }
    }

    // MARK: Helpers

    /// Runs `rnnlab` with `arguments` on pipes and returns all it printed (standard
    /// output and error together) and its exit code.
    func runToEnd(_ arguments: [String]) throws -> (String, Int32) {
        let process = try PipedProcess(executable: try builtExecutable("rnnlab"), arguments: arguments,
                                       environment: environment, timeout: 40)
        let (output, code) = try process.finish()
        return (String(decoding: output, as: UTF8.self), code)
    }

    func readProgress() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: progressFile))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

/// The course the tests open, small enough to read at a glance: five steps in the
/// first lesson (two cells, a plot, an exercise, closing prose) and one in the second.
enum CourseFixture {
    static let basics = """
        # 1. Stepping basics

        The opening paragraph of the basics lesson.

        ```julia
        seen = 1
        println("first cell says hello")
        ```

        The second step shows a counter. This paragraph is long on purpose, so that a
        narrow terminal has to wrap it over several lines: every word in it is short
        enough to fit, and no line may run past the right edge of a terminal that is
        only forty columns wide.

        ```julia
        counter = 10
        println("counter is ", counter)
        ```

        The third step draws a plot.

        ```julia
        lineplot([1.0, 4.0, 9.0, 16.0]; title="squares plotted")
        ```

        ::: exercise double
        Leave twice 21 in `ans`.

        ```julia check
        abs(ans - 42) < 1e-9
        ```

        ```julia solution
        2 * 21
        ```

        ```hint
        Multiply twenty-one by two.
        ```
        :::

        ---

        The closing words of lesson one.
        """

    static let second = """
        # 2. Second lesson

        The only step of the second lesson.
        """

    /// A lesson for `rnnlab check`: one cell whose expected output (line 8 of the
    /// file) is `expectedOutput`, and one exercise whose solution is right.
    static func checked(expectedOutput: String) -> String {
        """
        # 1. Checked

        ```julia
        println(1 + 1)
        ```

        ```output
        \(expectedOutput)
        ```

        ::: exercise three
        Make `ans` equal to three.

        ```julia check
        abs(ans - 3) < 1e-9
        ```

        ```julia solution
        1 + 2
        ```
        :::
        """
    }
}

func writeText(_ text: String, to path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

/// `text` without ANSI escape sequences (colours, cursor moves), as a reader sees it.
func withoutEscapes(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1b}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
}
