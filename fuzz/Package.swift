// swift-tools-version: 6.1
// The libFuzzer target for the notebook language, kept out of the main package: a
// fuzzer executable has no `main` and links only under `--sanitize=fuzzer`. The
// module folders are symlinks to the main package's, so this package always fuzzes
// the code in the checkout. Run it with `fuzz/run SECONDS` (see that script).
import PackageDescription

let package = Package(
    name: "RNNLabFuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
    ],
    targets: [
        .target(name: "Engine", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(
            name: "LinearAlgebra",
            dependencies: [
                "Engine", .product(name: "ComplexModule", package: "swift-numerics"),
                .product(name: "RealModule", package: "swift-numerics"),
            ]),
        .target(name: "TermPlot", linkerSettings: [.linkedLibrary("m")]),
        .target(
            name: "Language",
            dependencies: [
                "Engine", "LinearAlgebra", "TermPlot", .product(name: "ComplexModule", package: "swift-numerics"),
            ]),
        .executableTarget(name: "LanguageFuzzer", dependencies: ["Language"]),
    ]
)
