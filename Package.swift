// swift-tools-version:6.0
import PackageDescription

// Dependencies run one way (see docs/ARCHITECTURE.md):
// BenchStats, BenchData -> BenchCompare, BenchProfile -> BenchReport -> BenchStore -> BenchQuery -> BenchqCLI -> benchq.
let package = Package(
    name: "benchq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "benchq", targets: ["benchq"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        // Pure math on [Double]; no Foundation, no file types.
        .target(name: "BenchStats"),
        // The result model, units, the Go benchmark reader, filters and projections.
        .target(name: "BenchData", dependencies: ["CZlib"]),
        // Tables of cells, summaries and comparisons (benchstat's benchtab).
        .target(name: "BenchCompare", dependencies: ["BenchStats", "BenchData"]),
        // zlib's inflate, for gzipped pprof profiles and gzip-compressed results (pyperf's .json.gz).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // pprof profiles and folded stacks: decoding, the call graph, top and diff.
        .target(name: "BenchProfile", dependencies: ["CZlib", "BenchData"]),
        // Writers: benchstat text and CSV.
        .target(name: "BenchReport", dependencies: ["BenchCompare", "BenchProfile", "BenchData", "BenchStats"]),
        // Results stored per commit (SQLite through GRDB), git access, the interleaved recorder,
        // and the history reports.
        .target(
            name: "BenchStore",
            dependencies: [
                "BenchReport", "BenchData", "BenchStats", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // The benchq language: diagnostics and syntax (tokens, lexer, AST, parser).
        .target(
            name: "BenchQuery",
            dependencies: ["BenchStore", "BenchReport", "BenchCompare", "BenchProfile", "BenchData", "BenchStats"]),
        // libedit's readline-compatible API, for the shell's line editor.
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // The shell's line editor: libedit on a terminal, plain lines otherwise; history, completion, Ctrl-C.
        .target(name: "BenchqShell", dependencies: ["CLibEdit"]),
        // The command line: `benchq benchstat`, version and help.
        .target(
            name: "BenchqCLI",
            dependencies: [
                "BenchQuery", "BenchqShell", "BenchReport", "BenchCompare", "BenchData", "BenchStats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "benchq", dependencies: ["BenchqCLI"]),
        // Release-build speed driver; prints Go benchmark format.
        .executableTarget(
            name: "benchq-bench",
            dependencies: ["BenchqCLI", "BenchStore", "BenchCompare", "BenchProfile", "BenchReport", "BenchData"],
            path: "Benchmarks/BenchqBench"
        ),
        // Locating ../shared/testdata, shared by the test targets.
        .target(name: "BenchqTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BenchStatsTests", dependencies: ["BenchStats", "BenchqTestSupport"]),
        .testTarget(name: "BenchDataTests", dependencies: ["BenchData", "BenchqTestSupport"]),
        .testTarget(name: "BenchCompareTests", dependencies: ["BenchCompare", "BenchData", "BenchqTestSupport"]),
        .testTarget(
            name: "BenchReportTests", dependencies: ["BenchReport", "BenchCompare", "BenchData", "BenchqTestSupport"]),
        .testTarget(
            name: "BenchqCLITests",
            dependencies: ["benchq", "BenchqCLI", "BenchQuery", "BenchStore", "BenchData", "BenchqTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "BenchQueryTests", dependencies: ["BenchQuery"]),
        .testTarget(
            name: "BenchProfileTests",
            dependencies: ["BenchProfile", "BenchReport", "BenchQuery", "BenchData", "BenchqTestSupport"]),
        .testTarget(name: "BenchStoreTests", dependencies: ["BenchStore", "BenchData", "BenchqTestSupport"]),
        // Drives the line editor through a pseudo-terminal in BenchqShellTests.
        .executableTarget(
            name: "benchq-line-editor-probe", dependencies: ["BenchqShell"], path: "Tests/Probes/LineEditorProbe"),
        .testTarget(name: "BenchqShellTests", dependencies: ["BenchqShell", "benchq-line-editor-probe", "benchq"]),
    ],
    swiftLanguageModes: [.v6]
)
