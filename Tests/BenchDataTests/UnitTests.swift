import Testing

@testable import BenchData

/// Unit tidying, scale classes and prefix scaling, with the cells benchstat printed in the goldens.
struct UnitTests {
    // MARK: tidying

    @Test(
        arguments: [
            ("ns/op", "sec/op", 1e-9),
            ("MB/s", "B/s", 1e6),
            ("B/op", "B/op", 1),
            ("allocs/op", "allocs/op", 1),
            ("user-ns/op", "user-sec/op", 1e-9),
            ("ns/key", "sec/key", 1e-9),
            ("MB/op", "B/op", 1e6),
            ("op/ns", "op/ns", 1),
            ("ms/op", "ms/op", 1),
            ("µs/op", "µs/op", 1),
            ("KB/s", "KB/s", 1),
            ("sec/op", "sec/op", 1),
            ("text-bytes", "text-bytes", 1),
            ("nsx/op", "nsx/op", 1),
            ("ns", "sec", 1e-9),
            ("ns*MB/op", "sec*B/op", 1e-9 * 1e6),
            ("ns/op*ns", "sec/op*sec", 1e-9 / 1e9),  // `*` returns to the numerator
            ("ns/op/ns", "sec/op/ns", 1e-9),
            ("ns ns/op", "sec sec/op", 1e-9 / 1e9),
            ("MB\u{00A0}ns/op", "B\u{00A0}sec/op", 1e6 / 1e9),  // NBSP is white space to Go
            ("MB\u{3000}ns/op", "B\u{3000}sec/op", 1e6 / 1e9),
            ("MBé/op", "MBé/op", 1),
            ("", "", 1),
        ] as [(String, String, Double)])
    func tidyMatchesBenchunit(unit: String, tidied: String, factor: Double) {
        let result = tidyUnit(unit)
        #expect(result.unit == tidied)
        #expect(result.factor == factor)
    }

    @Test func tidiedValuesAreMultipliedNotDivided() {
        // benchstat's CSV shows 7 ns/op as 7.000000000000001e-09, the product with 1e-9.
        let (_, factor) = tidyUnit("ns/op")
        #expect(GoFloatFormat.shortest(7 * factor) == "7.000000000000001e-09")
        #expect(GoFloatFormat.shortest(3 * tidyUnit("MB/s").factor) == "3e+06")
    }

    // MARK: classes

    @Test(arguments: [
        ("sec/op", UnitClass.decimal),
        ("allocs/op", .decimal),
        ("B/op", .binary),
        ("B/s", .binary),
        ("MB/s", .binary),
        ("text-bytes", .binary),
        ("op/B", .decimal),
        ("op/B*B", .binary),
        ("KB/s", .decimal),
        ("user-sec/op", .decimal),
        ("collisions/op", .decimal),
        ("bytes", .binary),
        ("Bytes", .decimal),
    ])
    func classMatchesBenchunit(unit: String, expected: UnitClass) {
        #expect(UnitClass(unit: unit) == expected)
    }

    // MARK: scaling a whole row

    @Test(
        arguments: [
            // Row centers as benchstat computed them, and the cells it printed (goldens 08, 10, 13, 16, 25).
            ([62.91e-9, 54.17e-9], UnitClass.decimal, ["62.91n", "54.17n"]),
            ([2904e-9, 324.4e-9], .decimal, ["2904.0n", "324.4n"]),
            ([162.1e-9, 35.84e-9], .decimal, ["162.10n", "35.84n"]),
            ([53.753e-6, 3.566e-6], .decimal, ["53.753µ", "3.566µ"]),
            ([10456.6e-6, 277.1e-6], .decimal, ["10456.6µ", "277.1µ"]),
            ([376.6 * 0x1p20, 1704.2 * 0x1p20], .binary, ["376.6Mi", "1704.2Mi"]),
            ([0, 0], .decimal, ["0.000", "0.000"]),
            ([0, 128], .decimal, ["0.0", "128.0"]),
            ([15, 4], .decimal, ["15.000", "4.000"]),
            ([-3.5, 0, 2], .decimal, ["-3.500", "0.000", "2.000"]),  // smallest |value| decides
            ([5e-9, .nan], .decimal, ["5.000n", "NaNn"]),
            // benchunit quirk: a NaN met before any other non-zero value picks the finest scale.
            ([.nan, 5e-9], .decimal, ["NaNn", "5.0000000000n"]),
            ([0, .nan, 5e-9], .decimal, ["0.0000000000n", "NaNn", "5.0000000000n"]),
        ] as [([Double], UnitClass, [String])])
    func commonScaleMatchesBenchstat(values: [Double], unitClass: UnitClass, expected: [String]) {
        let scaler = Scaler.common(values, class: unitClass)
        #expect(values.map(scaler.format) == expected)
        var bytes: [UInt8] = []
        for value in values { scaler.append(value, to: &bytes) }
        #expect(bytes == Array(expected.joined().utf8))
    }

    // MARK: scaling one value

    @Test(
        arguments: [
            (1.149e-6, UnitClass.decimal, "1.149µ"),
            (1000 * 1e-9, .decimal, "1.000µ"),
            (5 * 1e-9, .decimal, "5.000n"),
            (900.5e-9, .decimal, "900.5n"),
            (88, .decimal, "88.00"),
            (-1.75, .decimal, "-1.750"),
            (2, .decimal, "2.000"),
            (0, .decimal, "0.000"),
            (99.995, .decimal, "100.0"),
            (99.99499, .decimal, "99.99"),
            (9.9995, .decimal, "10.00"),
            (0.99995, .decimal, "1.000"),
            (0.9999, .decimal, "999.9m"),
            (1234.5, .decimal, "1.234k"),
            (2.5e15, .decimal, "2500.0T"),
            (5e-10, .decimal, "0.5000n"),
            (5e-11, .decimal, "0.05000n"),
            (1e-20, .decimal, "0.0000000000n"),
            (.nan, .decimal, "NaNn"),
            (.infinity, .decimal, "+InfT"),
            (-.infinity, .decimal, "-InfT"),
            (2.760 * 0x1p30, .binary, "2.760Gi"),
            (4096, .binary, "4.000Ki"),
            (4100, .binary, "4.004Ki"),
            (3e6, .binary, "2.861Mi"),
            (1e6, .binary, "976.6Ki"),
            (355.48e6, .binary, "339.0Mi"),
            (1020 * 1024, .binary, "1020.0Ki"),  // [1000, 1024) of a prefix keeps the smaller one
            (1023.9 * 1024, .binary, "1023.9Ki"),
            (1024 * 1024, .binary, "1.000Mi"),
            (1000, .binary, "1000.0"),
            (0.5, .binary, "0.5000"),
            (3 * 0x1p50, .binary, "3072.0Ti"),
            (.nan, .binary, "NaN"),
            (.infinity, .binary, "+InfTi"),
        ] as [(Double, UnitClass, String)])
    func scaleMatchesBenchstat(value: Double, unitClass: UnitClass, expected: String) {
        #expect(Scaler.scale(value, class: unitClass).format(value) == expected)
    }

    @Test func binaryThresholdsAreGosHexConstants() {
        // benchunit spells the binary thresholds as hex floats; ours are 99.995 etc. times 2^k.
        #expect((99.995).bitPattern == (0x1.8ffae147ae148p6 as Double).bitPattern)
        #expect((9.9995).bitPattern == (0x1.3ffbe76c8b439p3 as Double).bitPattern)
        #expect((0.99995).bitPattern == (0x1.fff972474538fp-1 as Double).bitPattern)
    }
}

@Suite struct MetricKindTests {
    @Test(arguments: [
        ("sec/op", MetricKind.latency), ("sec/key", .latency), ("ms/op", .latency), ("user-sec/op", .latency),
        ("B/s", .throughput), ("ops/s", .throughput), ("items/sec", .throughput),
        ("B/op", .memory), ("allocs/op", .memory), ("KiB/op", .memory),
        ("collisions/op", .other), ("probes/op", .other), ("ratio", .other),
    ])
    func kindsFollowTheUnit(unit: String, kind: MetricKind) {
        #expect(MetricKind(unit: unit, metadata: UnitMetadataTable()) == kind)
    }

    @Test func betterHigherMetadataMakesAThroughput() {
        var metadata = UnitMetadataTable()
        _ = metadata.set("better", "higher", unit: "hits/op")
        #expect(MetricKind(unit: "hits/op", metadata: metadata) == .throughput)
    }
}
