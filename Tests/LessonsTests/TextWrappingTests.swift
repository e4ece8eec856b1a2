import Testing
@testable import Lessons

/// The one wrapping rule, at the widths learners use.
struct TextWrappingTests {
    static let message = "The editor nano did not start or did not exit cleanly (set $VISUAL or $EDITOR to choose another). Instead, press Up to recall the cell at the prompt and edit it there."

    @Test(arguments: [40, 60, 80])
    func linesFitAndWordsStayWhole(width: Int) {
        let wrapped = TextWrapping.wrap(Self.message, width: width)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= width })
        #expect(lines.joined(separator: " ") == Self.message)
        #expect(lines.count == (width == 40 ? 5 : width == 60 ? 3 : 3))
    }

    @Test func aTwoColumnLineHangsUnderItsSecondColumn() {
        let line = "  :save FILE     save what made this workspace as a notebook that replays"
        #expect(TextWrapping.wrap(line, width: 50) == """
              :save FILE     save what made this workspace as
                             a notebook that replays
            """)
    }

    /// Every wrapped `:help` line continues under the help column, including lines whose
    /// first column has gaps of its own (`:step  :step NAME`).
    @Test(arguments: [60, 80])
    func helpLinesHangUnderTheHelpColumn(width: Int) {
        let column = 25
        for line in Session.helpText.split(separator: "\n").map(String.init) where line.count > width {
            let wrapped = TextWrapping.wrapLine(line, width: width)
            #expect(wrapped[0].prefix(column) == line.prefix(column), "\(line)")
            for continuation in wrapped.dropFirst() {
                #expect(continuation.prefix(column).allSatisfy { $0 == " " } && continuation.dropFirst(column).first != " ",
                        "\(continuation)")
            }
        }
    }

    @Test func colourCodesTakeNoColumns() {
        let red = "\u{1b}[31m" + "word " + String(repeating: "x", count: 30) + "\u{1b}[0m"
        #expect(TextWrapping.wrap(red, width: 36) == red)
    }

    @Test func onlyAWordWiderThanTheLineIsCut() {
        #expect(TextWrapping.wrap("a " + String(repeating: "b", count: 25), width: 10)
            == "a\n" + String(repeating: "b", count: 10) + "\n" + String(repeating: "b", count: 10) + "\nbbbbb")
    }

    @Test(arguments: [40, 60, 80])
    func codeLinesBreakAtSpacesAndJoinBackExactly(width: Int) {
        let code = "loss = sum((predict(W, h, x[t]) .- y[t]) .^ 2 for t in 1:length(x)) / length(x) + lambda * sum(abs2, W)"
        let pieces = TextWrapping.codeLine(code, width: width - 2)
        #expect(pieces.joined() == code)
        #expect(pieces.allSatisfy { $0.count <= width - 2 })
        #expect(pieces.count > 1)
    }

    @Test func theGutterMarksContinuedCodeLines() throws {
        let log = Box("")
        let lesson = try LessonParser.parse(
            "# 1. Long\n\n```julia\nx = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15\n```\n",
            id: "01-long", path: "01.md")
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: TextStyle(width: 40),
            makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        #expect(log.value.contains("│ x = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 \n↪ + 10 + 11"))
    }
}
