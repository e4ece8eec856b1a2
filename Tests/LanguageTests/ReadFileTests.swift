import Foundation
import Testing
@testable import Language

/// `read(path, String)` against real files in a fresh temporary folder: the `.jl`
/// programs cannot make files, so these cases live here.
final class ReadFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rnnlab-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func write(_ text: String, to name: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private func run(_ source: String, base: String?) -> (value: Value?, error: String?) {
        let interpreter = Interpreter(output: { _ in })
        interpreter.baseDirectory = base
        do {
            return (try interpreter.run(source: source), nil)
        } catch {
            return (nil, "\(error)")
        }
    }

    @Test func readsARelativePathFromTheBaseDirectory() throws {
        try write("the sea\nthe weather é\n", to: "data/corpus.txt")
        let (value, error) = run(#"read("data/corpus.txt", String)"#, base: folder.path)
        #expect(error == nil)
        guard case .string(let text)? = value else { Issue.record("expected a string, got \(String(describing: value))"); return }
        #expect(text == "the sea\nthe weather é\n")
    }

    @Test func readsAnAbsolutePathWhateverTheBase() throws {
        try write("abc", to: "data/x.txt")
        let path = folder.appendingPathComponent("data/x.txt").path
        let (value, _) = run("length(read(\"\(path)\", String))", base: "/nonexistent")
        guard case .int(let n)? = value else { Issue.record("expected an Int, got \(String(describing: value))"); return }
        #expect(n == 3)
    }

    @Test func aMissingFileIsNamedWithWhereItWasLookedFor() {
        let (_, error) = run(#"read("data/none.txt", String)"#, base: folder.path)
        #expect(error?.contains(#"read: there is no file "data/none.txt""#) == true, "\(error ?? "no error")")
        #expect(error?.contains(folder.appendingPathComponent("data/none.txt").path) == true, "\(error ?? "no error")")
    }

    @Test func aFolderIsRefused() {
        let (_, error) = run(#"read("data", String)"#, base: folder.path)
        #expect(error?.contains(#""data""#) == true && error?.contains("is a folder") == true, "\(error ?? "no error")")
    }

    @Test func filesOverTenMegabytesAreRefusedWithoutBeingRead() throws {
        let url = folder.appendingPathComponent("data/big.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        // Sparse: the size is set without writing 10 MB to disk.
        try handle.truncate(atOffset: UInt64(Interpreter.largestReadableFile + 1))
        try handle.close()
        let (_, error) = run(#"read("data/big.txt", String)"#, base: folder.path)
        #expect(error?.contains(#"read: "data/big.txt""#) == true && error?.contains("over 10 MB") == true, "\(error ?? "no error")")
    }

    @Test func aFileOfExactlyTenMegabytesIsRead() throws {
        try write(String(repeating: "a", count: Interpreter.largestReadableFile), to: "data/edge.txt")
        let (value, error) = run(#"length(read("data/edge.txt", String))"#, base: folder.path)
        #expect(error == nil)
        guard case .int(let n)? = value else { Issue.record("expected an Int, got \(String(describing: value))"); return }
        #expect(n == Interpreter.largestReadableFile)
    }

    @Test func textThatIsNotUTF8IsRefused() throws {
        try Data([0x61, 0xFF, 0xFE, 0x62]).write(to: folder.appendingPathComponent("data/binary.bin"))
        let (_, error) = run(#"read("data/binary.bin", String)"#, base: folder.path)
        #expect(error?.contains("is not UTF-8 text") == true, "\(error ?? "no error")")
    }

    @Test func withoutABaseDirectoryRelativePathsStartAtTheCurrentDirectory() throws {
        try write("here", to: "data/cwd.txt")
        // Climb from the current directory to the root, then down to the file; changing
        // the current directory instead would disturb tests running alongside.
        let depth = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardized.pathComponents.count - 1
        let relative = String(repeating: "../", count: depth) + folder.appendingPathComponent("data/cwd.txt").path.dropFirst()
        let (value, error) = run("read(\"\(relative)\", String)", base: nil)
        #expect(error == nil, "\(error ?? "")")
        guard case .string(let text)? = value else { Issue.record("expected a string, got \(String(describing: value))"); return }
        #expect(text == "here")
    }
}
