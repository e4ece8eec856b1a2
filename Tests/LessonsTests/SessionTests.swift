import LiveView
import Foundation
import Testing
@testable import Lessons

func temporaryPath(_ name: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rnnlab-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
}

/// Builds a session whose output is collected into `log`.
func makeSession(progressPath: String = temporaryPath("progress.json"), log: Box<String>) throws -> Session {
    let lessonA = try LessonParser.parse(sampleLesson, id: "03-mlp-vs-rnn", path: "03.md")
    let lessonB = try LessonParser.parse("# 4. BPTT\n\nUnroll.\n\n```julia\nw = 3\n```\n", id: "04-bptt", path: "04.md")
    return Session(
        course: Course(lessons: [lessonA, lessonB], directory: "."), store: ProgressStore(path: progressPath),
        style: TextStyle(width: 60, color: false, unicode: true),
        makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
}

final class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
}

@Test func openingALessonShowsTheFirstStepAndRunsItsCell() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    #expect(log.value.contains("3. MLP versus RNN"))
    #expect(log.value.contains("carries hₜ₋₁ forward"))
    #expect(log.value.contains("│ x = 2"))
    #expect(session.prompt == "[3 MLP versus RNN 1/5] rnnlab> ")
    let ws = session.workspace as! FakeWorkspace
    #expect(ws.values["x"] == 2)
}

@Test func enterMovesOnAndHiddenCellsRunUnseen() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    log.value = ""
    session.handle("")
    #expect(session.stepIndex == 1)
    #expect(!log.value.contains("y = 7"))
    #expect((session.workspace as! FakeWorkspace).values["y"] == 7)
}

@Test func backRestoresTheWorkspaceAsItWasAtThatStep() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    session.handle("")              // step 2: y = 7
    session.handle("x = 100")       // the learner changes x after step 1
    session.handle("q = 5")
    session.handle(":back")
    let ws = session.workspace as! FakeWorkspace
    #expect(session.stepIndex == 0)
    #expect(ws.values["x"] == 2, "step 1's cell ran again on the state from before it")
    #expect(ws.values["q"] == nil, "what was made after step 1 is gone")
    #expect(ws.values["y"] == nil)
}

@Test func exerciseRightWrongHintSkip() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0, step: 3)
    #expect(session.step.exercise?.id == "double-x")
    #expect(log.value.contains("Make `z` equal to `y`."))
    log.value = ""
    session.handle("z = 6")
    #expect(log.value.contains("Not yet"))
    #expect(!session.progress.isCompleted("double-x", in: "03-mlp-vs-rnn"))
    log.value = ""
    session.handle(":hint")
    #expect(log.value.contains("Hint 1/2: Look at `y`."))
    session.handle(":hint")
    #expect(log.value.contains("Hint 2/2: Type `z = 7`."))
    log.value = ""
    session.handle("z = 7")
    #expect(log.value.contains("✓ Correct!"))
    #expect(session.progress.isCompleted("double-x", in: "03-mlp-vs-rnn"))

    // Skipping shows and runs the solution, then moves on without marking it done.
    let log2 = Box("")
    let other = try makeSession(log: log2)
    other.open(lesson: 0, step: 3)
    other.handle(":skip")
    #expect(log2.value.contains("One solution:"))
    #expect((other.workspace as! FakeWorkspace).values["z"] == 7)
    #expect(other.stepIndex == 4)
    #expect(!other.progress.isCompleted("double-x", in: "03-mlp-vs-rnn"))
}

@Test func progressIsSavedAndResumed() throws {
    let path = temporaryPath("progress.json")
    let log = Box("")
    let session = try makeSession(progressPath: path, log: log)
    session.open(lesson: 0)
    session.handle("")
    session.handle("")
    let reopened = try makeSession(progressPath: path, log: log)
    let resume = try #require(reopened.resumePoint)
    #expect(resume.lesson == 0 && resume.step == 2)
    reopened.open(lesson: resume.lesson, step: resume.step)
    // Resuming replays the earlier cells, so their variables exist.
    let ws = reopened.workspace as! FakeWorkspace
    #expect(ws.values["x"] == 2 && ws.values["y"] == 7)
}

@Test func corruptProgressWarnsStartsFreshAndKeepsTheOldFile() throws {
    let path = temporaryPath("progress.json")
    try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
    let log = Box("")
    let session = try makeSession(progressPath: path, log: log)
    #expect(log.value.hasPrefix("warning: could not read progress"))
    // One message, wrapped to the session's 60 columns.
    let lines = log.value.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 60 } && lines.joined(separator: " ").contains("starting fresh"))
    #expect(session.resumePoint == nil)
    #expect(try String(contentsOfFile: path + ".corrupt", encoding: .utf8) == "{ not json")
}

@Test func finishingALessonOpensTheNextAndMarksIt() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0, step: 4)
    session.handle("")
    #expect(session.lessonIndex == 1)
    #expect(session.progress.finishedLessons == ["03-mlp-vs-rnn"])
    let list = session.lessonList()
    #expect(list.contains("  ✓ 3. MLP versus RNN"))
    #expect(list.contains("▶ ◐ 4. BPTT"))
}

@Test func resetAsksFirst() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0, step: 3)
    session.handle("z = 7")
    session.handle(":reset")
    session.handle("n")
    #expect(session.progress.isCompleted("double-x", in: "03-mlp-vs-rnn"))
    session.handle(":reset")
    session.handle("y")
    #expect(!session.progress.isCompleted("double-x", in: "03-mlp-vs-rnn"))
    #expect(session.stepIndex == 0)
}

@Test func eachInputGoesToTheSessionsOneMode() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    session.handle(":reset all")
    guard case .confirmingReset(all: true) = session.mode else {
        Issue.record("after :reset all the session waits for y/n, not \(session.mode)")
        return
    }
    // The answer goes to the question, not to the workspace or the lesson.
    session.handle("x = 99")
    #expect(isNormal(session.mode), "the answer closes the question")
    #expect(log.value.contains("Nothing was reset."))
    #expect((session.workspace as! FakeWorkspace).values["x"] == 2)
    session.handle(":step")
    #expect(session.mode.readsSingleKeys, "the stepper takes key presses")
    session.handle(":reset")
    #expect(session.stepper != nil, "in the stepper, :reset is not a command")
    session.handle("q")
    #expect(!session.mode.readsSingleKeys)
    // Opening a lesson leaves any question or view.
    session.handle(":reset")
    session.open(lesson: 1)
    #expect(isNormal(session.mode), "opening a lesson returns to the prompt")
}

private func isNormal(_ mode: SessionMode) -> Bool {
    if case .normal = mode { return true }
    return false
}

@Test func commandsAndCode() throws {
    #expect(Command.parse("") == .next)
    #expect(Command.parse(":goto 4.2") == .goto(lesson: "4", step: 2))
    #expect(Command.parse(":lesson bptt") == .goto(lesson: "bptt", step: nil))
    #expect(Command.parse("?lstmcell") == .helpFor("lstmcell"))
    #expect(Command.parse("x = :a") == .code("x = :a"))
    #expect(Command.parse(":reset all") == .reset(all: true))
    if case .unknown = Command.parse(":frobnicate") {} else { Issue.record("expected unknown") }
    if case .unknown = Command.parse(":save") {} else { Issue.record("expected unknown") }
}

@Test func errorsAreShownAndTheSessionGoesOn() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    log.value = ""
    session.handle("fail")
    #expect(log.value.contains("ERROR: fail at line 1, column 1"))
    session.handle("x")
    #expect(log.value.contains("\n2\n"))
}

@Test func interruptingACellKeepsTheWorkspace() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    var polls = 0
    session.shouldStop = { polls += 1; return polls > 1000 }
    session.handle("spin")
    #expect(log.value.contains("interrupted"))
    #expect((session.workspace as! FakeWorkspace).values["x"] == 2)
}

@Test func savedSessionReplaysIdentically() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    session.handle("print(hello)")
    session.handle("v = 41")
    let path = temporaryPath("notebook.md")
    session.handle(":save \(path)")
    #expect(log.value.contains("Saved 3 cells"))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let notebook = try LessonParser.parse(text, id: "notebook", path: path)
    var replayed = ""
    let error = NotebookRunner(style: TextStyle()).run(notebook, in: FakeWorkspace()) { replayed += $0 }
    #expect(error == nil)
    #expect(replayed == "2\nhello\n41\n")
    let report = NotebookRunner(style: TextStyle()).check(notebook, in: FakeWorkspace())
    #expect(report.failures.isEmpty && report.passed == 3)
}

@Test func completionOffersCommandsVariablesAndLessons() throws {
    let session = try makeSession(log: Box(""))
    session.open(lesson: 0)
    #expect(session.completions(for: ":ne") == [":next"])
    #expect(session.completions(for: "pri") == ["print", "println"])
    #expect(session.completions(for: "04") == ["04-bptt"])
}

@Test func theBPTTStepperWalksForwardThenBackward() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    log.value = ""
    session.handle(":step")
    #expect(log.value.contains("Forward, step 1 of 10"))
    #expect(session.prompt.hasPrefix("[bptt 1/20]"))
    for _ in 0..<9 { session.handle("") }
    #expect(log.value.contains("Forward, step 10 of 10"))
    log.value = ""
    session.handle("n")
    #expect(log.value.contains("Backward, step 10 (1 of 10 done)"))
    #expect(log.value.contains("dL/dWh, steps 10 … 10"), "\(log.value)")
    session.handle("p")
    #expect(session.stepper?.position == 9)
    for _ in 0..<30 { session.handle("") }
    #expect(session.stepper?.position == 19)
    #expect(log.value.contains("That was the last backward step"))
    session.handle("q")
    #expect(session.stepper == nil)
    // Back at the prompt, code runs in the workspace again.
    session.handle("x")
    #expect(log.value.hasSuffix("2\n"))
}

@Test func stepperRendersWithinTheWidth() throws {
    var stepper = BPTTStepper(trace: try BPTTStepper.demoTrace())
    for width in [40, 80, 120] {
        for _ in 0..<stepper.count {
            for unicode in [true, false] {
                let text = stepper.render(style: TextStyle(width: width, color: false, unicode: unicode))
                for line in text.split(separator: "\n") {
                    #expect(visibleWidth(String(line)) <= width, "\(width): \(line)")
                }
                if !unicode { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "ASCII mode drew non-ASCII") }
            }
            stepper.move(.next)
        }
        while stepper.move(.previous) {}
    }
}

@Test func leavingAnExerciseUnfinishedIsNoted() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0, step: 3)
    log.value = ""
    session.handle(":next")
    #expect(session.stepIndex == 4)
    #expect(log.value.contains("Exercise left unfinished"))
}

@Test func gotoReopensALessonWhereTheLearnerWas() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    session.handle("")
    session.handle("")
    session.handle(":goto 4")
    #expect(session.lessonIndex == 1)
    session.handle(":goto 3")
    #expect(session.lessonIndex == 0 && session.stepIndex == 2)
    #expect(log.value.contains("Replaying steps 1–2"))
    session.handle(":goto 3.1")
    #expect(session.stepIndex == 0)
    #expect(Command.parse(":lesson") == .lessons)
}

@Test func anUnwritableStateFolderWarnsOnce() throws {
    let log = Box("")
    let session = try makeSession(progressPath: "/proc/rnnlab-cannot-write-here/progress.json", log: log)
    session.open(lesson: 0)
    session.handle("")
    session.handle("")
    let warnings = log.value.components(separatedBy: "could not save progress").count - 1
    #expect(warnings == 1, "\(log.value)")
}

@Test func onAScreenTheStepperRedrawsInPlaceUntilTheLearnerLeaves() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    let screen = RecordingScreen(script: [.key(.right), .key(.right), .key(.character("z")), .resized, .key(.character("q"))])
    session.screen = screen
    log.value = ""
    session.handle(":step")
    #expect(screen.frames.count == 4, "a first frame, one per move, one after the resize; none for an unused key")
    #expect(screen.frames[2].contains("Forward, step 3 of 10"))
    #expect(!log.value.contains("Forward, step"), "frames go to the screen, not into the printed text")
    #expect(log.value.contains("Left the stepper."))
    #expect(screen.closes == 1 && !screen.readsKeys, "the frame is closed and key reading ended")
    #expect(session.stepper == nil && !session.mode.readsSingleKeys, "back at the lesson's prompt")
    session.handle("x")
    #expect(log.value.contains("2"), "code runs again: \(log.value)")
}

@Test func ctrlCInTheStepperLeavesItAndKeepsTheWorkspace() throws {
    let log = Box("")
    let session = try makeSession(log: log)
    session.open(lesson: 0)
    session.handle("kept = 5")
    let screen = RecordingScreen(script: [.key(.right), .interrupted])
    session.screen = screen
    session.handle(":step")
    #expect(screen.frames.count == 2 && !screen.readsKeys)
    log.value = ""
    session.handle("kept")
    #expect(log.value.contains("5"), "\(log.value)")
}

/// A hidden check with no prose of its own makes a step the learner would see nothing
/// at: Enter runs it and goes straight on, and :back steps over it.
@Test func aStepThatShowsNothingIsPassedThrough() throws {
    let text = "# 9. Checks\n\nFirst.\n\n```julia\nx = 2\n```\n\n```julia hidden\ny = 7;\n```\n\nThird.\n"
    let lesson = try LessonParser.parse(text, id: "09-checks", path: "09.md")
    #expect(lesson.steps.count == 3)
    #expect(lesson.steps[1].showsNothing)
    let log = Box("")
    let session = Session(
        course: Course(lessons: [lesson], directory: "."), store: ProgressStore(path: temporaryPath("progress.json")),
        style: TextStyle(width: 60, color: false, unicode: true), makeWorkspace: { FakeWorkspace() },
        emit: { log.value += $0 })
    session.open(lesson: 0)
    log.value = ""
    session.handle("")
    #expect(session.stepIndex == 2)
    #expect(log.value.contains("Third."))
    #expect((session.workspace as! FakeWorkspace).values["y"] == 7)
    session.handle(":back")
    #expect(session.stepIndex == 0)
    #expect((session.workspace as! FakeWorkspace).values["y"] == nil)
}
