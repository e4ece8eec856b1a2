// swift-tools-version: 6.1
// The libFuzzer target for the notebook language, kept out of the main package: a
// fuzzer executable has no `main` and links only under `--sanitize=fuzzer`. The
// module folders are symlinks to the main package's, so this package always fuzzes
// the code in the checkout. Run it with `fuzz/run SECONDS` (see that script).
import PackageDescription

// The kernels' build settings, exactly as in the main manifest (see the reasons there);
// .ci/check-manifests fails CI when any shared target's dependencies or settings differ.
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
    name: "RNNLabFuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(name: "JuliaMath"),
        .target(name: "CPUFeatures"),
        .target(name: "KernelsSupport"),
        .target(name: "KernelsPortable", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: kernelSettings),
        .target(name: "KernelsAVX2", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: avx2Settings),
        .target(name: "KernelsAVX512", dependencies: ["KernelsSupport", "JuliaMath"], swiftSettings: avx512Settings),
        .target(
            name: "Kernels",
            dependencies: ["CPUFeatures", "KernelsSupport", "KernelsPortable", "KernelsAVX2", "KernelsAVX512"]),
        .target(
            name: "Engine", dependencies: ["Kernels", "JuliaMath", .product(name: "RealModule", package: "swift-numerics")],
            swiftSettings: portableSettings),
        .target(
            name: "LinearAlgebra",
            dependencies: [
                "Engine", .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .target(name: "TermPlot", linkerSettings: [.linkedLibrary("m")]),
        .target(name: "LiveView", dependencies: ["TermPlot"]),
        .target(
            name: "Spectrum",
            dependencies: [
                "LiveView", "LinearAlgebra", "Engine", "JuliaMath", "TermPlot", .product(name: "ComplexModule", package: "swift-numerics"),
            ]),
        .target(
            name: "Language",
            dependencies: [
                "Engine", "Kernels", "JuliaMath", "LinearAlgebra", "TermPlot", "LiveView", "Spectrum",
                .product(name: "ComplexModule", package: "swift-numerics"), .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .executableTarget(name: "LanguageFuzzer", dependencies: ["Language"]),
    ]
)
