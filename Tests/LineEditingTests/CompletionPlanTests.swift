@testable import LineEditing
import Testing

@Suite struct CompletionPlanTests {
    let words = ["lstmcell", "lineplot", "length"]

    func plan(_ line: String, _ candidates: [String]) -> CompletionPlan {
        CompletionPlan(lineBeforeCursor: line, candidates: candidates)
    }

    @Test func aUniqueCandidateIsFinished() {
        #expect(plan("lstmc", ["lstmcell"]) == .insert("ell"))
        #expect(plan("h = lstmc", ["lstmcell"]) == .insert("ell"))
        #expect(plan("f(x, lstmc", ["lstmcell"]) == .insert("ell"))
    }

    @Test func theSharedPrefixIsInsertedFirst() {
        #expect(plan("li", ["lineplot", "linear"]) == .insert("ne"))
    }

    @Test func ambiguousCandidatesAreListedSortedAndOnce() {
        #expect(plan("l", words + ["length"]) == .list(["length", "lineplot", "lstmcell"]))
    }

    @Test func nothingToDoWithoutCandidatesOrWhenComplete() {
        #expect(plan("zzz", []) == .nothing)
        #expect(plan("x = length", ["length"]) == .nothing)
    }

    @Test func anEmptyWordGetsTheCommonPrefixOrTheList() {
        #expect(plan("x = ", ["sigmoid", "sigma"]) == .insert("sigm"))
        #expect(plan("", ["b", "a"]) == .list(["a", "b"]))
    }

    @Test func commandsWithPunctuationComplete() {
        #expect(plan(":ne", [":next"]) == .insert("xt"))
        #expect(plan("?spec", ["?spectral_radius"]) == .insert("tral_radius"))
    }

    @Test func nonASCIIWordsCompleteByCharacter() {
        #expect(plan("σ", ["σ_max", "σ_min"]) == .insert("_m"))
        #expect(plan("λ1 = λ", ["λmax"]) == .insert("max"))
    }
}

@Suite struct CompletionListingTests {
    @Test func oneRowWhenTheWordsFit() {
        #expect(completionListing(["length", "lineplot", "lstmcell"], width: 80) == "length    lineplot  lstmcell")
    }

    @Test func columnsFillTopToBottom() {
        // A column is the widest word plus two spaces (4), so 9 characters hold two.
        #expect(completionListing(["a", "bb", "c", "d", "e"], width: 9) == "a   d\nbb  e\nc")
    }

    @Test func oneWordPerLineWhenTheTerminalIsNarrow() {
        #expect(completionListing(["alpha", "beta"], width: 3) == "alpha\nbeta")
        #expect(completionListing(["alpha"], width: 0) == "alpha")
        #expect(completionListing([], width: 80) == "")
    }
}

@Suite struct UTF8KeyDecoderTests {
    func decode(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        var decoder = UTF8KeyDecoder()
        return bytes.compactMap { decoder.feed($0) }
    }

    @Test func asciiAndMultiByteCharacters() {
        let text = "a σ ⇒ 🙂"
        #expect(decode(Array(text.utf8)) == Array(text.unicodeScalars))
    }

    @Test func strayAndInvalidBytesAreDropped() {
        // 0x80 continuation without a lead, 0xC0 (never valid), 0xFF.
        #expect(decode([0x80, 0x61, 0xC0, 0xFF, 0x62]) == ["a", "b"])
    }

    @Test func aSequenceCutShortIsDroppedAndTheNextKeyKept() {
        // "σ" is CF 83; the CF alone is followed by "x".
        #expect(decode([0xCF, 0x78, 0xCF, 0x83]) == ["x", "σ"])
        // A new lead byte in the middle of a three-byte sequence starts over.
        #expect(decode([0xE2, 0x87, 0xCF, 0x83]) == ["σ"])
    }

    @Test func surrogatesAndOverlongFormsAreRejected() {
        // ED A0 80 would be U+D800; E0 80 80 is an overlong NUL.
        #expect(decode([0xED, 0xA0, 0x80, 0x61]) == ["a"])
        #expect(decode([0xE0, 0x80, 0x80, 0x62]) == ["b"])
    }
}
