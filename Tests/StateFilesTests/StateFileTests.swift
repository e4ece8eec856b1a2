import Foundation
import Testing
@testable import StateFiles

/// The rules for state files, each on real files in a folder of its own.
@Suite struct StateFileTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "rnnlab-statefile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func permissions(_ path: String) throws -> Int {
        ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    /// Issue 12: a second corrupt progress.json deleted the first set-aside copy, and
    /// a `.corrupt/` folder with a file inside was deleted recursively.
    @Test func everySetAsideCopyIsKept() throws {
        let path = folder + "/progress.json"
        try FileManager.default.createDirectory(atPath: path + ".corrupt", withIntermediateDirectories: true)
        try "inside".write(toFile: path + ".corrupt/keep.txt", atomically: true, encoding: .utf8)
        var names: [String] = []
        for k in 1...3 {
            try "junk \(k)".write(toFile: path, atomically: true, encoding: .utf8)
            names.append(try #require(StateFile.setAside(path)))
        }
        #expect(names == [path + ".corrupt-2", path + ".corrupt-3", path + ".corrupt-4"])
        #expect(try String(contentsOfFile: path + ".corrupt/keep.txt", encoding: .utf8) == "inside")
        for (k, name) in names.enumerated() {
            #expect(try String(contentsOfFile: name, encoding: .utf8) == "junk \(k + 1)")
        }
        #expect(StateFile.kind(of: path) == .missing)
    }

    /// A symbolic link is moved aside itself; what it points to is untouched.
    @Test func aLinkIsSetAsideNotFollowed() throws {
        let path = folder + "/history", target = folder + "/elsewhere.txt"
        try "precious".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(StateFile.read(path, limit: 1000) == .unusable("it is a symbolic link, not a plain file"))
        let aside = try #require(StateFile.setAside(path))
        #expect(StateFile.kind(of: aside) == .symbolicLink)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
    }

    /// Reading never blocks on a FIFO (it used to stop the start until Ctrl-C) and
    /// never reads past the limit (a link to /dev/zero reached 9.5 GB in 10 s).
    @Test func readingRefusesWhatIsNotAPlainFileOfSaneSize() throws {
        let fifo = folder + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(StateFile.read(fifo, limit: 1000) == .unusable("it is a named pipe (FIFO), not a plain file"))
        let big = folder + "/big"
        try String(repeating: "x", count: 2000).write(toFile: big, atomically: true, encoding: .utf8)
        #expect(StateFile.read(big, limit: 1000) == .unusable("it is 2000 bytes, more than such a file can be (1000)"))
        #expect(StateFile.read(folder + "/none", limit: 1000) == .missing)
        #expect(StateFile.read(big, limit: 4000) == .contents(Array(repeating: UInt8(ascii: "x"), count: 2000)))
    }

    /// Issue 12: the state folder was made 0755 and progress.json 0644.
    @Test func theFolderAndItsFilesArePrivate() throws {
        let state = folder + "/a/b/rnnlab"
        #expect(StateFile.createPrivateDirectory(state))
        #expect(try permissions(state) == 0o700)
        let wide = folder + "/wide"
        try FileManager.default.createDirectory(atPath: wide, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        #expect(StateFile.createPrivateDirectory(wide))
        #expect(try permissions(wide) == 0o700, "an existing folder is tightened")
        #expect(StateFile.writeAtomically(Array("{}".utf8), to: state + "/progress.json"))
        #expect(try permissions(state + "/progress.json") == 0o600)
    }

    /// Issue 12: progress.json.tmp-PID files left by a kill stayed for ever.
    @Test func temporariesOfDeadProcessesAreRemoved() throws {
        let path = folder + "/progress.json"
        // A child that has exited leaves a PID nobody runs (reaped, so not a zombie).
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = path + ".tmp-\(child.processIdentifier)", mine = StateFile.temporaryPath(for: path)
        let unrelated = folder + "/other.tmp-\(child.processIdentifier)"
        for file in [dead, mine, unrelated] { try "x".write(toFile: file, atomically: false, encoding: .utf8) }
        StateFile.removeStaleTemporaries(of: path)
        #expect(StateFile.kind(of: dead) == .missing)
        #expect(StateFile.kind(of: mine) != .missing, "a running process's temporary is left alone")
        #expect(StateFile.kind(of: unrelated) != .missing)
    }
}
