/// Assembles key presses into Unicode scalars from the bytes a terminal sends, one
/// byte at a time, as libedit's character reader must. Pure, so it is tested
/// without a terminal.
///
/// Bytes that cannot start or continue a UTF-8 sequence are dropped; a sequence cut
/// short by a new lead byte is dropped and the new one started.
struct UTF8KeyDecoder {
    private var pending: [UInt8] = []
    private var expected = 0

    /// Feeds one byte; returns a scalar when it completes one.
    mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
        if pending.isEmpty || byte & 0b1100_0000 != 0b1000_0000 {
            pending = []
            expected = Self.sequenceLength(lead: byte)
            if expected == 0 { return nil }
        }
        pending.append(byte)
        guard pending.count == expected else { return nil }
        defer { pending = [] }
        var iterator = pending.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return scalar
        }
        return nil
    }

    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
