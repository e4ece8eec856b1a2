import Testing
@testable import Lessons

/// Pages of a step longer than the screen.
struct PagerTests {
    static let text = (1...25).map { "line \($0)" }.joined(separator: "\n") + "\n"

    @Test func pagesLeaveRoomForThePromptAndTogetherHoldEveryLine() {
        var pager = Pager(text: Self.text, rows: 10)
        var pages: [String] = []
        while !pager.isFinished { pages.append(pager.nextPage()) }
        #expect(pages.map { $0.split(separator: "\n").count } == [8, 8, 8, 1])
        #expect(pages.joined() == Self.text)
    }

    @Test func textThatFitsIsOnePage() {
        var pager = Pager(text: "a\nb\n", rows: 24)
        #expect(pager.nextPage() == "a\nb\n")
        #expect(pager.isFinished)
    }

    @Test func qShowsTheRestAtOnce() {
        var pager = Pager(text: Self.text, rows: 10)
        _ = pager.nextPage()
        pager.showAll()
        #expect(pager.nextPage().split(separator: "\n").count == 17)
        #expect(pager.isFinished)
    }
}
