import Testing
@testable import Engine

/// The loader must read every double exactly, or no fixture comparison means anything.
@Test func fixtureDoublesReadBackBitForBit() throws {
    let fixture = try Fixture.load("loader")
    let values = try fixture["values"].doubles
    let bits = try fixture["bits"].array.map { try $0.string }
    #expect(values.count == bits.count && !values.isEmpty)
    for (value, hex) in zip(values, bits) {
        #expect(String(value.bitPattern, radix: 16).leftPadded(to: 16) == hex, "\(value) read as \(value.bitPattern)")
    }
}

@Test func fixtureTensorsAreColumnMajor() throws {
    // shapes.json's reshape of 0..<6 to (2, 3): Julia gives [0 2 4; 1 3 5].
    let cases = try Fixture.load("shapes")["reshape"].array
    let x = try cases[3]["out"].tensor
    #expect(x.shape == [2, 3])
    #expect(try x.element(at: [0, 1]) == 2)
    #expect(try x.element(at: [1, 2]) == 5)
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
