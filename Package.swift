// swift-tools-version: 6.1
// RNNLab: a terminal notebook that teaches recurrent neural networks.
//
// The modules, one per concern, in the order they depend on each other:
//   Engine         tensors, reverse-mode autodiff, RNN/LSTM/GRU cells, optimisers
//   LinearAlgebra  eigenvalues, SVD, QR and the initialisers built on them
//   TermPlot       plots drawn into strings (line, scatter, heat map, histogram)
//   Language       the Julia-flavoured notebook language, on the engine
//   Lessons        lesson files, the session model, progress
//   rnnlab         the thin terminal front end (libedit)
import PackageDescription

let package = Package(
    name: "RNNLab",
    products: [
        .executable(name: "rnnlab", targets: ["rnnlab"]),
        .executable(name: "rnnlab-bench", targets: ["rnnlab-bench"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "TermPlot", targets: ["TermPlot"]),
        .library(name: "Language", targets: ["Language"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.1.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // MARK: Libraries
        .target(name: "Engine", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
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
        .target(
            name: "Language",
            dependencies: [
                "Engine", "LinearAlgebra", "TermPlot", .product(name: "ComplexModule", package: "swift-numerics"),
            ]
        ),
        .target(name: "Lessons", dependencies: ["Engine", "Language", "TermPlot"]),

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
        .target(name: "LineEditing", dependencies: ["EditLineShim"]),
        .executableTarget(
            name: "rnnlab",
            dependencies: [
                "Engine", "LinearAlgebra", "TermPlot", "Language", "Lessons", "LineEditing", "EditLineShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "rnnlab-bench",
            dependencies: ["Engine", "LinearAlgebra", "Language"]
        ),

        // MARK: Tests
        .testTarget(name: "EngineTests", dependencies: ["Engine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LinearAlgebraTests",
            dependencies: ["LinearAlgebra", "Engine"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Starts the built rnnlab in a pseudo-terminal and types at it.
        .testTarget(name: "FrontEndTests", dependencies: ["rnnlab"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"], resources: [.copy("Programs")]),
        .testTarget(
            name: "TermPlotTests",
            dependencies: ["TermPlot", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Golden")]
        ),
    ]
)
