#if canImport(Glibc)
import Glibc
#endif
import LineEditing
import Testing

/// The flag is process-wide, so these run one at a time.
@Suite(.serialized) struct InterruptFlagTests {
    @Test func setAndClear() {
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
        InterruptFlag.set()
        #expect(InterruptFlag.isSet)
        InterruptFlag.clear()
        #expect(!InterruptFlag.isSet)
    }

    @Test func aRealSIGINTSetsTheFlagAndTheProcessSurvives() {
        InterruptFlag.install()
        InterruptFlag.clear()
        // raise() delivers to this thread, which install() unblocked, before it returns.
        #expect(Glibc.raise(SIGINT) == 0)
        #expect(InterruptFlag.isSet)
        InterruptFlag.clear()
    }

    @Test func theHandlerDoesNotRestartReads() {
        InterruptFlag.install()
        var action = sigaction()
        sigaction(SIGINT, nil, &action)
        #expect(action.sa_flags & SA_RESTART == 0)
    }
}

@Suite struct TerminalSizeTests {
    @Test func aPipeHasNoSize() throws {
        let pipe = try TestPipe()
        #expect(TerminalSize.current(fd: pipe.readEnd) == nil)
    }

    @Test func aPseudoTerminalReportsItsSize() throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 33, ws_col: 101, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&master, &slave, nil, nil, &size) == 0)
        defer {
            close(master)
            close(slave)
        }
        let measured = try #require(TerminalSize.current(fd: slave))
        #expect(measured.columns == 101 && measured.rows == 33)
    }

    @Test func resizesAreCounted() {
        TerminalSize.watchResizes()
        let before = TerminalSize.resizeCount
        #expect(Glibc.raise(SIGWINCH) == 0)
        #expect(TerminalSize.resizeCount == before + 1)
    }
}
