import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a `NotebookRecord` keeps its entries: in a temporary file of its own, not in
/// the process's memory.
///
/// `:save` must be able to write every input of a session with what it showed, however
/// long the session ran. Kept in memory, the record grew by about 0.2 KB an input (a
/// 200,000-input session went from 27 MB to 72 MB, issue 12); in the file, the process
/// keeps only the count and one offset for every `bookmarkStride` entries. The file is
/// unlinked as soon as it is made, so no other process sees it and it goes with this
/// one, as memory would.
///
/// When no temporary file can be made, or a write fails (a full disk), the entries move
/// to memory and stay there: nothing the learner made is dropped.
final class RecordLog: @unchecked Sendable {
    typealias Entry = NotebookRecord.Entry

    /// Every this many entries, the offset where one starts is kept, so cutting the
    /// record back (`:back`) finds its place by reading at most this many lengths.
    static let bookmarkStride = 256

    private let lock = NSLock()
    /// The file's descriptor; -1 once the entries are in memory instead.
    private var file: Int32
    private var inMemory: [Entry] = []
    private var count = 0
    /// The length of the file: where the next entry goes.
    private var end = 0
    /// `bookmarks[j]` is the offset of entry `j * bookmarkStride`.
    private var bookmarks: [Int] = []
    /// Why entries were lost, once some could not be read back (moving to memory after
    /// a failed write, or cutting the record): `:save` must say so every time after.
    private var loss: String?

    /// The entries read back, and what went wrong when not all of them could be.
    struct ReadBack {
        var entries: [Entry]
        var problem: String?
    }

    init() { file = RecordLog.makeFile() }

    convenience init(_ entries: [Entry]) {
        self.init()
        for entry in entries { append(entry) }
    }

    deinit { if file >= 0 { close(file) } }

    var entryCount: Int { lock.withLock { count } }

    /// Whether the entries are in the file (false once they had to move to memory).
    var isOnDisk: Bool { lock.withLock { file >= 0 } }

    /// A log of its own holding the same entries, for a copy of the record that changes.
    func copy() -> RecordLog {
        let read = readBack()
        let copy = RecordLog(read.entries)
        copy.loss = read.problem
        return copy
    }

    func append(_ entry: Entry) {
        lock.withLock {
            if file >= 0, let frame = try? RecordLog.frame(entry), write(frame, at: end) {
                if count % RecordLog.bookmarkStride == 0 { bookmarks.append(end) }
                end += frame.count
                count += 1
                return
            }
            moveToMemory()
            inMemory.append(entry)
            count += 1
        }
    }

    /// Every entry that can be read back, in order, and why any could not.
    func readBack() -> ReadBack {
        lock.withLock {
            var result = file >= 0 ? readAll() : ReadBack(entries: inMemory, problem: nil)
            if result.problem == nil, let loss { result.problem = loss }
            return result
        }
    }

    /// The file, for tests that damage it under the log.
    var descriptor: Int32 { lock.withLock { file } }

    /// Drops entry `index` and every later one.
    func removeEntries(from index: Int) {
        lock.withLock {
            guard index >= 0, index < count else { return }
            if file < 0 {
                inMemory.removeSubrange(index...)
                count = index
                return
            }
            guard let offset = offset(of: index), ftruncate(file, off_t(offset)) == 0 else {
                // The file cannot be cut: keep the entries before `index` in memory instead.
                let read = readAll()
                close(file)
                file = -1
                inMemory = Array(read.entries.prefix(index))
                count = inMemory.count
                if inMemory.count < index { loss = loss ?? read.problem }
                return
            }
            end = offset
            count = index
            bookmarks.removeSubrange(((index + RecordLog.bookmarkStride - 1) / RecordLog.bookmarkStride)...)
        }
    }

    // MARK: The file

    /// An entry as it is stored: its JSON's length (4 bytes, little-endian), then the JSON.
    private static func frame(_ entry: Entry) throws -> [UInt8] {
        let json = try JSONEncoder().encode(entry)
        let length = UInt32(json.count)
        return withUnsafeBytes(of: length.littleEndian) { Array($0) } + json
    }

    private static func makeFile() -> Int32 {
        var template = Array((FileManager.default.temporaryDirectory.path + "/rnnlab-record-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return -1 }
        // Only this process holds it: no name to find, and no editor started by :edit inherits it.
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }

    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer in
            RecordLog.transferAll(buffer.count) { done in pwrite(file, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done)) }
        }
    }

    private func read(_ count: Int, at offset: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        let complete = bytes.withUnsafeMutableBytes { buffer in
            RecordLog.transferAll(count) { done in pread(file, buffer.baseAddress! + done, count - done, off_t(offset + done)) }
        }
        return complete ? bytes : nil
    }

    /// Repeats a partial read or write (`step(done)` moves the bytes from `done` on)
    /// until `count` bytes have moved; false on an error or an early end of file.
    private static func transferAll(_ count: Int, _ step: (Int) -> Int) -> Bool {
        var done = 0
        while done < count {
            let n = step(done)
            if n > 0 {
                done += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return false
            }
        }
        return true
    }

    private func length(at offset: Int) -> Int? {
        read(4, at: offset).map { RecordLog.length(in: $0, at: 0) }
    }

    /// The frame length written at `i` (see `frame`).
    private static func length(in bytes: [UInt8], at i: Int) -> Int {
        Int(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
    }

    /// Where entry `index` starts: from the bookmark before it, past the entries between.
    private func offset(of index: Int) -> Int? {
        var offset = bookmarks[index / RecordLog.bookmarkStride]
        for _ in 0..<(index % RecordLog.bookmarkStride) {
            guard let length = length(at: offset) else { return nil }
            offset += 4 + length
        }
        return offset
    }

    private func readAll() -> ReadBack {
        // A file cut under the log still gives the entries before the cut.
        let available = Swift.min(end, Swift.max(0, Int(lseek(file, 0, SEEK_END))))
        guard let bytes = read(available, at: 0) else {
            return ReadBack(entries: [], problem: "the file holding this session's \(count) entries could not be read (\(String(cString: strerror(errno))))")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        let decoder = JSONDecoder()
        var position = 0
        while entries.count < count {
            guard position + 4 <= bytes.count else { break }
            let length = RecordLog.length(in: bytes, at: position)
            let start = position + 4
            guard start + length <= bytes.count,
                  let entry = try? decoder.decode(Entry.self, from: Data(bytes[start..<start + length])) else { break }
            entries.append(entry)
            position = start + length
        }
        guard entries.count < count else { return ReadBack(entries: entries, problem: nil) }
        return ReadBack(entries: entries, problem: "entry \(entries.count + 1) of this session's \(count) could not be read back from its file")
    }

    /// After a failed write: every entry so far into memory, and the file closed.
    private func moveToMemory() {
        guard file >= 0 else { return }
        let read = readAll()
        inMemory = read.entries
        count = inMemory.count
        loss = loss ?? read.problem
        close(file)
        file = -1
    }
}
