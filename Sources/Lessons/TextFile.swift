import Foundation

/// Where a file stops being UTF-8: its first byte that is not part of a valid UTF-8
/// sequence, with the line and the byte within that line (both from 1).
public struct InvalidUTF8: Error, Equatable, CustomStringConvertible {
    public let byte: UInt8
    public let offset: Int
    public let line: Int
    public let column: Int

    public var description: String {
        "byte 0x\(String(byte, radix: 16, uppercase: true)) at line \(line), byte \(column) of that line, is not UTF-8 text"
    }

    /// The text of `bytes`, or where its first invalid byte is. (Foundation only says
    /// that decoding failed; a learner whose editor saved Latin-1 needs the place.)
    public static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return .success(String(decoding: bytes, as: UTF8.self))
            case .error:
                let before = bytes[..<offset]
                let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
                return .failure(InvalidUTF8(
                    byte: bytes[offset], offset: offset, line: before.count(where: { $0 == 0x0A }) + 1,
                    column: offset - lineStart + 1))
            }
        }
    }
}
