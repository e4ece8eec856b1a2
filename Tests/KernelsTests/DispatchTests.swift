// Choosing a path: the CPU check, the environment variable, and each build's flags.

import Kernels
import Testing

@testable import Kernels

@Suite("Kernel dispatch")
struct DispatchTests {
    @Test("with no request the best supported path wins")
    func defaultIsBest() {
        #expect(choosePath(requested: nil, supported: [.portable, .avx2]) == (.avx2, nil))
        #expect(choosePath(requested: "", supported: [.portable, .avx2, .avx512]) == (.avx512, nil))
        #expect(choosePath(requested: nil, supported: [.portable]) == (.portable, nil))
    }

    @Test("a supported request is honoured, in any letter case")
    func supportedRequest() {
        #expect(choosePath(requested: "portable", supported: [.portable, .avx2]) == (.portable, nil))
        #expect(choosePath(requested: "AVX2", supported: [.portable, .avx2, .avx512]) == (.avx2, nil))
    }

    @Test("an unsupported or unknown request falls back to the best path with a note")
    func unsupportedRequest() {
        let tooNew = choosePath(requested: "avx512", supported: [.portable, .avx2])
        #expect(tooNew.path == .avx2)
        #expect(tooNew.note?.contains("cannot run") == true)
        let unknown = choosePath(requested: "sse9", supported: [.portable])
        #expect(unknown.path == .portable)
        #expect(unknown.note?.contains("not one of portable, avx2, avx512") == true)
    }

    /// .ci/test runs the suites once per path with RNNLAB_KERNELS set; this is what makes
    /// those runs exercise the path they name.
    @Test("the active path is the one RNNLAB_KERNELS asks for, when the CPU supports it")
    func environmentForcesPath() {
        let expected = choosePath(requested: environmentValue("RNNLAB_KERNELS"), supported: supportedPaths).path
        #expect(activePath == expected)
        if let requested = environmentValue("RNNLAB_KERNELS"), let path = KernelPath(rawValue: requested),
            supportedPaths.contains(path)
        {
            #expect(activePath == path)
        }
    }

    @Test("the portable path is always supported, and paths are ordered worst to best")
    func supportedList() {
        #expect(supportedPaths.first == .portable)
        #expect(supportedPaths == supportedPaths.sorted())
    }
}
