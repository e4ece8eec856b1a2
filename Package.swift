// swift-tools-version: 6.1
// RNNLab: a terminal notebook that teaches recurrent neural networks.
//
// The modules, one per concern, in the order they depend on each other:
//   JuliaMath      Julia 1.10's elementary functions (exp, log, tanh, sin, ^, ...), bit for bit
//   Kernels        BLAS-like Float64 kernels, built per CPU and chosen at run time
//   Engine         tensors, reverse-mode autodiff, RNN/LSTM/GRU cells, optimisers
//   LinearAlgebra  eigenvalues, SVD, QR and the initialisers built on them
//   TermPlot       plots drawn into strings (line, scatter, heat map, histogram)
//   LiveView       frames redrawn in place, keys, progress bars and live plots
//   Spectrum       the spectrum explorer (eigenvalues and gradient norms as ρ moves)
//   Language       the Julia-flavoured notebook language, on the engine
//   Lessons        lesson files, the session model, progress
//   rnnlab         the thin terminal front end (libedit)
import PackageDescription

// The kernels are compiled four times from one folder of sources (KernelsAVX2,
// KernelsAVX512 and KernelsEightLanes hold symbolic links to KernelsPortable's files):
//   1. KernelsPortable    portable code, for any CPU
//   2. KernelsAVX2        code for AVX2 and FMA (haswell)
//   3. KernelsAVX512      code for AVX-512 (skylake-avx512)
//   4. KernelsEightLanes  the AVX-512 build's eight-lane logic compiled for any CPU,
//                         so its tests run on machines without AVX-512; tests only
// Kernels picks one of the first three at run time. `#if arch` here asks about the
// machine that compiles this manifest, which is the build's target except when
// cross-compiling: an x86-64 host building for arm64 would pass these flags to an arm64
// compile and fail, so cross builds must drop them. On other hosts the AVX modules are
// portable code.
//
// Every kernel build (and the engine) also gets `-fno-math-errno` for the C headers
// Swift's standard library reads: `squareRoot()` goes through a C inline there, and with
// errno semantics it becomes a scalar square root plus a call to libm for negative
// inputs in every lane, so SIMD square roots never vectorise. Nothing in Swift reads
// errno.
//
// All four kernel builds are also compiled with -O, in debug builds too: unoptimised code
// calls generic standard library helpers that each module emits as weak symbols under
// one shared name, and the linker keeps one copy for all, which could be the AVX-512
// module's copy called from the portable path. Optimised, everything is inlined or named
// after its module; .ci/test checks that the AVX builds define no symbol but their own.
let portableSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-fno-math-errno"])]
let kernelSettings: [SwiftSetting] = [.unsafeFlags(["-O", "-Xcc", "-fno-math-errno"])]
#if arch(x86_64)
let avx2Settings: [SwiftSetting] = [
    .unsafeFlags(["-O", "-target-cpu", "haswell", "-Xcc", "-fno-math-errno"]), .define("KERNELS_AVX2"),
    .define("KERNELS_FMA"),
]
let avx512Settings: [SwiftSetting] = [
    .unsafeFlags(["-O", "-target-cpu", "skylake-avx512", "-Xcc", "-fno-math-errno"]), .define("KERNELS_AVX512"),
    .define("KERNELS_FMA"),
]
#else
let avx2Settings = kernelSettings
let avx512Settings = kernelSettings
#endif

let package = Package(
    name: "RNNLab",
    products: [
        .executable(name: "rnnlab", targets: ["rnnlab"]),
        .executable(name: "rnnlab-bench", targets: ["rnnlab-bench"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "TermPlot", targets: ["TermPlot"]),
        .library(name: "LiveView", targets: ["LiveView"]),
        .library(name: "Language", targets: ["Language"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // MARK: Libraries
        // Julia's own elementary functions, step for step, so the notebook prints Julia's
        // last bits (the C library's differ in some). Standard library only.
        .target(name: "JuliaMath"),
        // The kernels' API: picks the one of the three run-time builds below that this
        // CPU runs best.
        .target(
            name: "Kernels",
            dependencies: ["CPUFeatures", "KernelsSupport", "KernelsPortable", "KernelsAVX2", "KernelsAVX512"]
        ),
        .target(
            name: "Engine", dependencies: ["Kernels", "JuliaMath", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: portableSettings
        ),
        .target(
            name: "LinearAlgebra",
            dependencies: [
                "Engine",
                .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]
        ),
        // Standard library only; rounding goes through the C maths library, linked
        // explicitly so TermPlot links on its own too.
        .target(name: "TermPlot", linkerSettings: [.linkedLibrary("m")]),
        // Views drawn as a string per frame and moved by keys; the terminal side (raw
        // keys, writing frames) is LineEditing's, so everything here is tested as text.
        .target(name: "LiveView", dependencies: ["TermPlot"]),
        // The spectrum explorer: a matrix's eigenvalues and gradient norms as ρ moves.
        .target(
            name: "Spectrum",
            dependencies: [
                "LiveView", "LinearAlgebra", "Engine", "JuliaMath", "TermPlot", .product(name: "ComplexModule", package: "swift-numerics"),
            ]
        ),
        .target(
            name: "Language",
            dependencies: [
                "Engine", "Kernels", "JuliaMath", "LinearAlgebra", "TermPlot", "LiveView", "Spectrum",
                .product(name: "ComplexModule", package: "swift-numerics"), .product(name: "RealModule", package: "swift-numerics"),
            ]
        ),
        .target(name: "Lessons", dependencies: ["Engine", "Language", "TermPlot", "LiveView", "StateFiles"]),
        // The files kept between runs: set aside when unusable, private, written
        // atomically under a lock. System calls only, for Lessons and LineEditing alike.
        .target(name: "StateFiles"),
        // The shipped lessons/ folder, compiled in, so a copied rnnlab needs no checkout.
        .target(name: "BuiltinCourse", plugins: ["EmbedLessons"]),

        // MARK: Kernel builds (implementation details of Kernels)
        // CPUID and XGETBV, which Swift cannot issue; C only for that.
        .target(name: "CPUFeatures"),
        // Per-thread scratch memory, thread limit, the elementwise operations' enums, the
        // LSTM gate order and the dispatcher's table type, shared by the four builds. They
        // also read JuliaMath's exp and tanh constants, whose steps their activations take.
        .target(name: "KernelsSupport"),
        .target(name: "KernelsPortable", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: kernelSettings),
        .target(name: "KernelsAVX2", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: avx2Settings),
        .target(name: "KernelsAVX512", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: avx512Settings),
        // The AVX-512 build's eight-lane logic for baseline CPUs, so its tests run on
        // machines without AVX-512 too; used by tests only.
        .target(
            name: "KernelsEightLanes", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: kernelSettings + [.define("KERNELS_AVX512")]
        ),

        // MARK: Build tools
        // Writes lessons/ as a Swift source for BuiltinCourse (run by the plugin).
        .executableTarget(name: "lesson-embedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["lesson-embedder"]),

        // MARK: Front end
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // libedit's el_set/el_get/history are C variadics, which Swift cannot call;
        // this shim gives each option we use a plain C function.
        .target(name: "EditLineShim", dependencies: ["CEditLine"]),
        // Line reading for the REPL: libedit on a terminal, plain reads on a pipe,
        // Ctrl-C as a flag that long computations poll.
        .target(name: "LineEditing", dependencies: ["EditLineShim", "LiveView", "StateFiles"]),
        .executableTarget(
            name: "rnnlab",
            dependencies: [
                "TermPlot", "Lessons", "LineEditing", "BuiltinCourse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rnnlab-bench",
            dependencies: ["Engine", "Kernels", "LinearAlgebra", "Language", "LiveView", "Spectrum"]
        ),

        // MARK: Tests
        // Calls each kernel build directly, and the dispatcher.
        .testTarget(
            name: "KernelsTests",
            dependencies: [
                "Kernels", "KernelsSupport", "KernelsPortable", "KernelsAVX2", "KernelsAVX512", "KernelsEightLanes",
                "CPUFeatures", "JuliaMath",
            ]
        ),
        .testTarget(name: "JuliaMathTests", dependencies: ["JuliaMath"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "JuliaMath"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LinearAlgebraTests",
            dependencies: [
                "LinearAlgebra", "Engine", .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "LiveView", "Engine"]),
        .testTarget(name: "StateFilesTests", dependencies: ["StateFiles"]),
        .testTarget(name: "LiveViewTests", dependencies: ["LiveView", "Spectrum", "LinearAlgebra", "Engine", "TermPlot"]),
        // Holds the benchmark's Swift side against the numpy reference's fixtures.
        .testTarget(name: "BenchTests", dependencies: ["rnnlab-bench", "Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Starts the built rnnlab in a pseudo-terminal and types at it.
        .testTarget(name: "FrontEndTests", dependencies: ["rnnlab"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language", "Engine", "LiveView"], resources: [.copy("Programs"), .copy("Conformance")]),
        .testTarget(
            name: "TermPlotTests",
            dependencies: ["TermPlot", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Golden")]
        ),
    ]
)
