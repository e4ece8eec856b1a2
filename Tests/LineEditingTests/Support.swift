import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ScratchError: Error, CustomStringConvertible {
    let description: String
}

/// A fresh directory under /tmp, removed with everything in it when the last copy
/// of this value goes away.
final class ScratchDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/rnnlab-lineediting-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ScratchError(description: "mkdtemp: errno \(errno)") }
        path = String(cString: made)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ text: String, to name: String) throws {
        let fd = open(path + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw ScratchError(description: "open \(name): errno \(errno)") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw ScratchError(description: "short write to \(name)")
        }
    }

    func read(_ name: String) throws -> String {
        let fd = open(path + "/" + name, O_RDONLY)
        guard fd >= 0 else { throw ScratchError(description: "open \(name): errno \(errno)") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A pipe whose write end the test feeds; the read end goes to the reader.
final class TestPipe {
    let readEnd: Int32
    private(set) var writeEnd: Int32

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ScratchError(description: "pipe: errno \(errno)") }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        if writeEnd >= 0 { close(writeEnd) }
    }

    func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.write(writeEnd, $0.baseAddress, $0.count) }
    }

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    func closeWriteEnd() {
        close(writeEnd)
        writeEnd = -1
    }
}
