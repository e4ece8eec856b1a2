import Testing
@testable import Language

/// `NameMap` against a plain dictionary as the model: through the switch from a
/// scanned list to the hashed index, with updates, and after emptying for reuse.
struct NameMapTests {
    @Test func agreesWithADictionaryAcrossTheIndexThreshold() {
        var map = NameMap<Int>()
        var model: [String: Int] = [:]
        var order: [String] = []
        var state: UInt64 = 12345
        for step in 0..<3000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let text = "v\(state >> 54)"  // about a thousand distinct names, many repeats
            if model[text] == nil { order.append(text) }
            model[text] = step
            map.set(Name(text), step)
            if step % 97 == 0 {
                for (key, value) in model { #expect(map[Name(key)] == value) }
                #expect(map[Name("absent\(step)")] == nil)
            }
        }
        #expect(map.entries.map(\.name.text) == order)
        map.removeAll()
        #expect(map.isEmpty)
        #expect(map[Name(order[0])] == nil)
        map.set(Name("again"), 1)
        #expect(map[Name("again")] == 1 && map.entries.count == 1)
    }

    @Test func equalSpellingsShareOneNumber() {
        let a = Name("hidden_state"), b = Name(String("hidden_" + "state"))
        #expect(a.id == b.id && a == b)
        #expect(Name("h").id != Name("H").id)
    }
}
