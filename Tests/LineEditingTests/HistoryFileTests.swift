#if canImport(Glibc)
import Glibc
#endif
import LineEditing
import Testing

/// The history file is read only when it is a plain file of sane size that libedit
/// can read; anything else is set aside (never deleted) with a warning, and a new
/// history starts (issue 12). A FIFO is covered on a terminal, in FrontEndTests.
@Suite struct HistoryFileTests {
    /// A link to /dev/zero grew the process to 9.5 GB in 10 s; the link itself is moved.
    @Test func aLinkIsNotFollowed() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/history"
        #expect(symlink("/dev/zero", path) == 0)
        let reader = try #require(EditLineReader(historyPath: path))
        #expect(reader.historyCount == 0)
        #expect(reader.startupWarning?.contains("it is a symbolic link, not a plain file") == true, "\(reader.startupWarning ?? "")")
        #expect(reader.startupWarning?.contains("kept as \(path).corrupt") == true)
        var info = stat()
        #expect(lstat(path + ".corrupt", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        reader.addHistory("fresh")
        #expect(try scratch.read("history") == "_HiStOrY_V2_\nfresh\n")
    }

    /// A corrupt file was silently replaced by the first new entry.
    @Test func aCorruptFileIsKept() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/history"
        try scratch.write("this is not libedit's history\nat all\n", to: "history")
        let reader = try #require(EditLineReader(historyPath: path))
        #expect(reader.startupWarning?.contains("it is not a history file RNNLab can read") == true, "\(reader.startupWarning ?? "")")
        reader.addHistory("fresh")
        #expect(try scratch.read("history.corrupt") == "this is not libedit's history\nat all\n")
        #expect(try scratch.read("history") == "_HiStOrY_V2_\nfresh\n")
    }

    @Test func aHugeFileIsSetAsideUnread() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/history"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(fd, 64 << 20) == 0)
        close(fd)
        let reader = try #require(EditLineReader(historyPath: path))
        #expect(reader.startupWarning?.contains("67108864 bytes") == true, "\(reader.startupWarning ?? "")")
        #expect(reader.historyCount == 0)
    }

    @Test func theHistoryFileIsPrivate() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/state/rnnlab/history"
        let reader = try #require(EditLineReader(historyPath: path))
        reader.addHistory("secret = 1")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(scratch.path + "/state/rnnlab", &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(reader.startupWarning == nil)
    }
}
