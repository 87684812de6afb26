import Testing

@testable import BenchData

// MARK: - Fixtures

/// Builds a small ``BenchmarkSet`` the way the reader would: files, configuration lines and
/// result lines in order.
private struct SetBuilder {
    var set = BenchmarkSet()
    private var configuration = Configuration(file: -1)
    private var configurationIndex: Int32?

    mutating func file(_ label: String) {
        set.files.append(InputFile(label: label, path: label))
        configuration = Configuration(file: Int32(set.files.count - 1))
        configurationIndex = nil
    }

    mutating func config(_ key: String, _ value: String) {
        if set.files.isEmpty { file("a.txt") }
        configuration.set(key, value)
        configurationIndex = nil
    }

    /// `values` are (value, tidied unit, original unit).
    @discardableResult
    mutating func result(_ name: String, _ values: [(Double, String, String)] = [(1, "sec/op", "ns/op")])
        -> BenchmarkResult
    {
        if set.files.isEmpty { file("a.txt") }
        if configurationIndex == nil {
            set.configurations.append(configuration)
            configurationIndex = Int32(set.configurations.count - 1)
        }
        let start = Int32(set.measurements.count)
        for (value, unit, original) in values {
            set.measurements.append(
                Measurement(
                    value: value, unit: set.internUnit(unit), originalValue: value,
                    originalUnit: set.internUnit(original)))
        }
        let result = BenchmarkResult(
            name: set.internName(name), configuration: configurationIndex!, measurementStart: start,
            measurementEnd: Int32(set.measurements.count), iterations: 1, line: Int32(set.results.count + 1))
        set.results.append(result)
        return result
    }
}

/// Renders a parsed filter as benchproc's `String()` does, so parse trees compare as text.
extension FilterSyntax {
    var rendered: String {
        switch self {
        case .all: return "*"
        case .not(let inner): return "-" + inner.rendered
        case .and(let terms): return terms.isEmpty ? "*" : "(" + terms.map(\.rendered).joined(separator: " AND ") + ")"
        case .or(let terms): return terms.isEmpty ? "-*" : "(" + terms.map(\.rendered).joined(separator: " OR ") + ")"
        case .match(let key, _, .literal(let text)): return Self.word(key) + ":" + Self.word(text)
        case .match(let key, _, .regexp(let regex)): return Self.word(key) + ":/" + regex.pattern + "/"
        }
    }

    private static func word(_ text: String) -> String {
        if text.isEmpty { return #""""# }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if "\" ():@,".unicodeScalars.contains(scalar) || scalar.properties.isWhitespace
                || (offset == 0 && (scalar == "-" || scalar == "*"))
            {
                return QueryLexer.goQuoted(text)
            }
        }
        return text
    }
}

private func filterError(_ query: String) -> QuerySyntaxError? {
    do {
        _ = try ResultFilter(query)
        return nil
    } catch {
        return error
    }
}

private func projectionError(_ text: String) -> QuerySyntaxError? {
    do {
        _ = try ProjectionParser().parse(text, filter: try ResultFilter("*"))
        return nil
    } catch {
        return error
    }
}

/// The labels of all results' keys, sorted by the projection.
private func sortedLabels(_ projection: Projection, _ set: BenchmarkSet) -> [String] {
    var keys: [ProjectionKey] = []
    for result in set.results {
        if let key = projection.key(for: result, measurement: Int(result.measurementStart), in: set),
            !keys.contains(key)
        {
            keys.append(key)
        }
    }
    return projection.sorted(keys).map { projection.label(of: $0) }
}

// MARK: - Filter syntax

@Suite struct FilterSyntaxTests {
    @Test(arguments: [
        ("*", "*"),
        ("a:b", "a:b"),
        ("a :b", "a:b"),
        ("a : b", "a:b"),
        (#""a":"b c""#, #"a:"b c""#),
        (#""a\"":"b c""#, #""a\"":"b c""#),
        (#""a\u2603":"b c""#, #"a☃:"b c""#),
        ("a-b:c", "a-b:c"),
        ("a*b:c", "a*b:c"),
        ("(a:b)", "a:b"),
        ("a:b c:d e:f", "(a:b AND c:d AND e:f)"),
        ("-a:b", "-a:b"),
        ("-*", "-*"),
        ("a:b AND c:d", "(a:b AND c:d)"),
        ("-a:b AND c:d", "(-a:b AND c:d)"),
        ("-(a:b AND c:d)", "-(a:b AND c:d)"),
        ("a:b AND * AND c:d", "(a:b AND * AND c:d)"),
        ("a:b OR c:d", "(a:b OR c:d)"),
        ("a:b AND c:d OR e:f AND g:h", "((a:b AND c:d) OR (e:f AND g:h))"),
        ("a:b AND (c:d OR e:f) AND g:h", "(a:b AND (c:d OR e:f) AND g:h)"),
        (#"a:/b[/](/)\/c/"#, #"a:/b[/](/)\/c/"#),
        ("a:(b OR c OR d)", "(a:b OR a:c OR a:d)"),
        (#"a:(b OR "c " OR /d/)"#, #"(a:b OR a:"c " OR a:/d/)"#),
        (".unit:(ns/op OR MB/s)", "(.unit:ns/op OR .unit:MB/s)"),
    ])
    func parsesValidQuery(query: String, expected: String) throws {
        #expect(try FilterParser(query).parse().rendered == expected)
    }

    @Test(arguments: [
        ("a", "expected key:value", 0),
        ("foo", "expected key:value", 0),
        ("a :", "expected key:value", 0),
        ("a:", "expected key:value", 0),
        ("", "expected key:value or subexpression", 0),
        ("()", "expected key:value or subexpression", 1),
        ("AND", "expected key:value or subexpression", 0),
        (#""a\z":"b c""#, "bad escape sequence", 0),
        (#"a "b"#, "missing end quote", 2),
        ("(a:b", #"missing ")""#, 4),
        ("(a:b))", #"unexpected ")""#, 5),
        ("a:b ,", #"unexpected ",""#, 4),
        ("a:/b", #"missing close "/""#, 2),
        ("a:/[[:foo:]]/", "error parsing regexp: invalid character class range: `[:foo:]`", 2),
        ("a:/b/c", #"regexp must be followed by space or an operator (unescaped "/"?)"#, 5),
        ("a:(b c)", "value list must be separated by OR", 5),
        ("a:(b AND c)", "value list must be separated by OR", 5),
        ("a:(b OR AND)", "expected value", 8),
        ("a:()", "expected value", 3),
        (".config:x", ".config is only allowed in projections", 0),
        (#"a:b "":x"#, "key must not be empty", 4),
        ("a:/(/", #"missing close "/""#, 2),
        ("x:y a:/[z-a]/", "error parsing regexp: invalid character class range: `z-a`", 6),
    ])
    func rejectsMalformedQuery(query: String, message: String, offset: Int) {
        let error = filterError(query)
        #expect(error?.message == message)
        #expect(error?.offset == offset)
    }

    @Test func printsCaretUnderTheOffendingCharacter() {
        #expect(filterError("foo")?.description == "syntax error: expected key:value\n\tfoo\n\t^")
        #expect(filterError("a:b ,")?.description == "syntax error: unexpected \",\"\n\ta:b ,\n\t    ^")
    }

    @Test func caretCountsGraphicRunesNotBytes() {
        // "é" is two bytes but one column; a tab is not graphic and takes no column.
        let error = QuerySyntaxError(message: "m", query: "é\tx", offset: 3)
        #expect(error.description == "syntax error: m\n\té\tx\n\t ^")
        #expect(filterError("é:b ,")?.offset == 5)
        #expect(filterError("é:b ,")?.description.hasSuffix("\n\t    ^") == true)
    }
}

// MARK: - Go regexp syntax

@Suite struct GoRegexTests {
    private func message(_ pattern: String) -> String? {
        do {
            _ = try GoRegex(pattern)
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: [
        ("(", "missing closing ): `(`"),
        ("a)", "unexpected ): `a)`"),
        ("[a", "missing closing ]: `[a`"),
        ("x[^a-", "missing closing ]: `[^a-`"),
        ("[z-a]", "invalid character class range: `z-a`"),
        ("[[:foo:]]", "invalid character class range: `[:foo:]`"),
        (#"\p{Nope}"#, #"invalid character class range: `\p{Nope}`"#),
        ("*", "missing argument to repetition operator: `*`"),
        ("a|*", "missing argument to repetition operator: `*`"),
        ("(?i)+?", "missing argument to repetition operator: `+?`"),
        ("a**", "invalid nested repetition operator: `**`"),
        ("a*??", "invalid nested repetition operator: `*??`"),
        ("a{2}{3}", "invalid nested repetition operator: `{2}{3}`"),
        ("a{1001}", "invalid repeat count: `{1001}`"),
        ("a{3,2}", "invalid repeat count: `{3,2}`"),
        ("(a{500}){3}", "invalid repeat count: `{3}`"),
        (#"\8"#, #"invalid escape sequence: `\8`"#),
        (#"\1"#, #"invalid escape sequence: `\1`"#),
        (#"\C"#, #"invalid escape sequence: `\C`"#),
        (#"\xZ1"#, #"invalid escape sequence: `\xZ1`"#),
        (#"[\b]"#, #"invalid escape sequence: `\b`"#),
        (#"a\"#, "trailing backslash at end of expression: ``"),
        ("(?=a)", "invalid or unsupported Perl syntax: `(?=`"),
        ("(?i-)", "invalid or unsupported Perl syntax: `(?i-)`"),
        ("(?P<x-y>a)", "invalid named capture: `(?P<x-y>`"),
        ("(?P<x", "invalid named capture: `(?P<x`"),
    ])
    func reportsGoErrors(pattern: String, expected: String) {
        #expect(message(pattern) == "error parsing regexp: " + expected)
    }

    @Test(arguments: [
        ("^(1k|64k)$", "64k", true), ("^(1k|64k)$", "16k", false), ("^Equal", "EqualFold", true),
        ("a$", "a\n", false), ("(?m)a$", "a\nb", true), (".", "\n", false), ("(?s).", "\n", true),
        (#"\d"#, "٣", false), (#"\w+"#, "é", false), (#"\bx"#, "éx", true), ("(?i)abc", "xABC", true),
        ("(?i:a)b", "AB", false), ("x{2,3}", "axxa", true), ("x{3}", "xx", false), ("a{", "a{", true),
        (#"\x41\x{42}\101"#, "ABA", true), (#"\Qa.b\E"#, "axb", false), (#"\Qa.b\E"#, "a.b", true),
        ("[[:^digit:]]", "12", false), (#"[^\d]"#, "1a", true), (#"\pL"#, "é", true), (#"\p{Greek}"#, "λ", true),
        (#"\PL"#, "é", false), ("[]a]", "]", true), ("(?P<n>a)|(?<m>b)", "b", true), ("", "anything", true),
    ])
    func matchesLikeRE2(pattern: String, text: String, expected: Bool) throws {
        #expect(try GoRegex(pattern).matches(text) == expected)
    }
}

// MARK: - Filter evaluation

@Suite struct FilterMatchTests {
    private static func fixture() -> SetBuilder {
        var builder = SetBuilder()
        builder.file("a.txt")
        builder.config("pkg", "bytes")
        builder.result(
            "Equal/size=1k-8", [(1e-9, "sec/op", "ns/op"), (1e6, "B/s", "MB/s"), (3, "allocs/op", "allocs/op")])
        builder.result("Hash/bytes=8-8")
        builder.result("Hash/bytes=64-8")
        builder.file("b.txt")
        builder.config("pkg", "strings")
        builder.result("Index/size=64k")
        builder.result("Sort/algo=std/n=10")
        return builder
    }

    private func kept(_ query: String) throws -> [String] {
        let builder = Self.fixture()
        let filter = try ResultFilter(query)
        return builder.set.results.filter { !filter.match($0, in: builder.set).isEmpty }
            .map { builder.set.name(of: $0).fullName }
    }

    @Test func starKeepsEverything() throws {
        #expect(try kept("*").count == 5)
        #expect(try kept("-*").isEmpty)
    }

    @Test(arguments: [
        (".name:Hash", ["Hash/bytes=8-8", "Hash/bytes=64-8"]),
        (".fullname:Hash/bytes=8-8", ["Hash/bytes=8-8"]),
        ("/size:64k", ["Index/size=64k"]),
        ("/gomaxprocs:8", ["Equal/size=1k-8", "Hash/bytes=8-8", "Hash/bytes=64-8"]),
        (#"/gomaxprocs:"""#, ["Index/size=64k", "Sort/algo=std/n=10"]),
        ("pkg:bytes .name:/^Equal/", ["Equal/size=1k-8"]),
        (".file:b.txt", ["Index/size=64k", "Sort/algo=std/n=10"]),
        (
            #"missing:"""#,
            ["Equal/size=1k-8", "Hash/bytes=8-8", "Hash/bytes=64-8", "Index/size=64k", "Sort/algo=std/n=10"]
        ),
        ("(.name:Hash OR /size:/^(1k|64k)$/) -/bytes:8", ["Equal/size=1k-8", "Hash/bytes=64-8", "Index/size=64k"]),
        (".name:(Sort OR Index)", ["Index/size=64k", "Sort/algo=std/n=10"]),
        (".name:/qual/", ["Equal/size=1k-8"]),
    ])
    func selectsWholeResults(query: String, expected: [String]) throws {
        #expect(try kept(query) == expected)
    }

    @Test func unitTermsSelectMeasurementsByTidiedOrOriginalUnit() throws {
        let builder = Self.fixture()
        let equal = builder.set.results[0]
        func selected(_ query: String) throws -> [Int] {
            let selection = try ResultFilter(query).match(equal, in: builder.set)
            return (0..<selection.count).filter { selection.contains($0) }
        }
        #expect(try selected(".unit:ns/op") == [0])
        #expect(try selected(".unit:sec/op") == [0])
        #expect(try selected(".unit:MB/s") == [1])
        #expect(try selected(".unit:(ns/op OR MB/s)") == [0, 1])
        #expect(try selected("-.unit:ns/op") == [1, 2])
        #expect(try selected(".name:Equal .unit:/op$/") == [0, 2])
        #expect(try selected(".name:Hash .unit:/op$/") == [])
        #expect(try selected(".name:Equal OR .unit:B/s") == [0, 1, 2])
        #expect(try selected(".unit:B/s OR .name:Hash") == [1])
        #expect(try ResultFilter(".unit:B/s").match(builder.set.results[1], in: builder.set).isEmpty)
        #expect(try ResultFilter(".unit:/./").match(equal, in: builder.set).isAll)
    }

    @Test func masksCoverMoreThanSixtyFourMeasurements() throws {
        var builder = SetBuilder()
        let values = (0..<70).map { (Double($0), "u\($0)", "u\($0)") }
        let result = builder.result("Wide", values)
        let selection = try ResultFilter("-.unit:u3 -.unit:u66").match(result, in: builder.set)
        #expect(!selection.contains(3) && !selection.contains(66) && selection.contains(65) && selection.contains(69))
        #expect(!selection.contains(70))
    }
}

// MARK: - Projection syntax

@Suite struct ProjectionSyntaxTests {
    @Test(arguments: [
        ("", [String]()),
        ("a,b", ["a", "b"]),
        ("a, b", ["a", "b"]),
        ("a b", ["a", "b"]),
        ("a,.name", ["a", ".name"]),
        ("a,/b", ["a", "/b"]),
        ("a@alpha, b@num", ["a@alpha", "b@num"]),
        ("a@(1 2), b@(3 4)", ["a@(1 2)", "b@(3 4)"]),
    ])
    func parsesTerms(text: String, expected: [String]) throws {
        let terms = try ProjectionSyntaxParser(text).parse().map { term in
            switch term.order {
            case "first": term.key
            case "fixed": "\(term.key)@(\(term.fixedValues.joined(separator: " ")))"
            default: "\(term.key)@\(term.order)"
            }
        }
        #expect(terms == expected)
    }

    @Test(arguments: [
        ("a,,b", "expected key", 2),
        (",a", "expected key", 0),
        ("a@", "expected named sort order or parenthesized list", 2),
        ("a@,b", "expected named sort order or parenthesized list", 2),
        ("a@(", "missing )", 3),
        ("a@(,", "missing )", 3),
        ("a@()", "nothing to match", 3),
        ("a@foo", #"unknown order "foo""#, 2),
        (".config@(1 2)", "fixed order not allowed for .config", 8),
        (".unit", ".unit is only allowed in filters", 0),
        ("goos, .unit@alpha", ".unit is only allowed in filters", 6),
        (#"a,"""#, "key must not be empty", 2),
        ("a)", "expected key", 1),
        ("a b@num c@(x) ,", "expected key", 15),
    ])
    func rejectsMalformedProjection(text: String, message: String, offset: Int) {
        let error = projectionError(text)
        #expect(error?.message == message)
        #expect(error?.offset == offset)
    }

    @Test func unitErrorPrintsLikeBenchstat() {
        #expect(projectionError(".unit")?.description == "syntax error: .unit is only allowed in filters\n\t.unit\n\t^")
    }
}

// MARK: - Projections

@Suite struct ProjectionTests {
    @Test func extractsNameKeysAndConfiguration() throws {
        var builder = SetBuilder()
        builder.config("a", "1")
        builder.config("b", "2")
        let result = builder.result("Name/a=1-4")
        let set = builder.set
        func label(_ text: String) throws -> String {
            let projection = try ProjectionParser().parse(text, filter: try ResultFilter("*"))
            return projection.label(of: projection.key(for: result, measurement: 0, in: set)!)
        }
        #expect(try label(".fullname") == "Name/a=1-4")
        #expect(try label(".name") == "Name")
        #expect(try label("/a") == "1")
        #expect(try label("/gomaxprocs") == "4")
        #expect(try label("/missing,b") == "2")
        #expect(try label(".file") == "a.txt")
        #expect(try label(".config") == "1 2")
    }

    @Test func configurationMembersKeepFirstSeenKeyOrder() throws {
        var builder = SetBuilder()
        builder.config("a", "1")
        builder.config("b", "2")
        let first = builder.result("X")
        builder.file("b.txt")
        builder.config("c", "3")
        let second = builder.result("X")
        builder.config("a", "2")
        let third = builder.result("X")
        let projection = try ProjectionParser().parse(".config", filter: try ResultFilter("*"))
        let keys = [first, second, third].map { projection.key(for: $0, measurement: 0, in: builder.set)! }
        #expect(projection.flattenedFields.map(\.name) == ["a", "b", "c"])
        let a = projection.flattenedFields[0]
        #expect(keys.map { projection.value(of: $0, for: a) } == ["1", "", "2"])
        #expect(keys.map { projection.label(of: $0) } == ["1 2", "3", "2 3"])
    }

    @Test func equalTuplesShareOneKey() throws {
        var builder = SetBuilder()
        builder.config("a", "1")
        builder.config("b", "2")
        let first = builder.result("X")
        builder.config("c", "3")  // a new configuration snapshot with the same a and b
        let second = builder.result("X")
        builder.config("b", "3")
        let third = builder.result("X")
        let projection = try ProjectionParser().parse("a,b", filter: try ResultFilter("*"))
        let set = builder.set
        #expect(
            projection.key(for: first, measurement: 0, in: set) == projection.key(for: second, measurement: 0, in: set))
        #expect(
            projection.key(for: first, measurement: 0, in: set) != projection.key(for: third, measurement: 0, in: set))
    }

    @Test func repeatedLookupsReuseTheCachedKey() throws {
        var builder = SetBuilder()
        builder.config("goos", "linux")
        for _ in 0..<1000 { builder.result("Get/size=1k-8", [(1, "sec/op", "ns/op"), (2, "B/op", "B/op")]) }
        let set = builder.set
        let parser = ProjectionParser()
        let filter = try ResultFilter("*")
        let table = try parser.parseWithUnit(".config", filter: filter)
        let rows = try parser.parse(".fullname", filter: filter)
        var tableKeys: Set<ProjectionKey> = []
        var rowKeys: Set<ProjectionKey> = []
        for result in set.results {
            for measurement in Int(result.measurementStart)..<Int(result.measurementEnd) {
                tableKeys.insert(table.key(for: result, measurement: measurement, in: set)!)
            }
            rowKeys.insert(rows.key(for: result, measurement: Int(result.measurementStart), in: set)!)
        }
        #expect(tableKeys.count == 2)
        #expect(rowKeys.count == 1)
        #expect(table.rows.count == 2 && rows.rows.count == 1)
    }

    @Test func unitFieldComesLastAndSortsByFirstObservation() throws {
        var builder = SetBuilder()
        builder.config("goos", "linux")
        let result = builder.result("X", [(1, "sec/op", "ns/op"), (2, "B/s", "MB/s"), (3, "allocs/op", "allocs/op")])
        builder.config("goos", "darwin")
        let other = builder.result("X", [(3, "allocs/op", "allocs/op"), (1, "sec/op", "ns/op")])
        let set = builder.set
        let table = try ProjectionParser().parseWithUnit("goos", filter: try ResultFilter("*"))
        var keys: [ProjectionKey] = []
        for r in [result, other] {
            for m in Int(r.measurementStart)..<Int(r.measurementEnd) {
                keys.append(table.key(for: r, measurement: m, in: set)!)
            }
        }
        #expect(table.flattenedFields.map(\.name) == ["goos", ".unit"])
        #expect(table.unitField == table.flattenedFields.last)
        #expect(
            table.sorted(keys.reversed()).map { table.label(of: $0) } == [
                "linux sec/op", "linux B/s", "linux allocs/op", "darwin sec/op", "darwin allocs/op",
            ])
    }

    @Test func specificKeysAreExcludedFromGroupKeys() throws {
        let parser = ProjectionParser()
        let filter = try ResultFilter("*")
        let main = try parser.parse(".fullname,.config", filter: filter)
        _ = try parser.parse(".name,/a,exc", filter: filter)
        var builder = SetBuilder()
        let plain = builder.result("Name")
        let withA = builder.result("Name/a=1")
        let withB = builder.result("Name/a=1/b=2")
        builder.config("exc", "1")
        let excluded = builder.result("Name")
        builder.config("abc", "2")
        let kept = builder.result("Name")
        let labels = [plain, withA, withB, excluded, kept].map {
            main.label(of: main.key(for: $0, measurement: 0, in: builder.set)!)
        }
        #expect(labels == ["*", "*", "*/b=2", "*", "* 2"])
        #expect(main.flattenedFields.map(\.name) == [".fullname", "abc"])
    }

    @Test(arguments: [
        ("", "3 4 Name/a=1/b=2-8"),
        (".config,.fullname", ""),
        ("x,/a", "4 Name/b=2-8"),
        (".config", "Name/a=1/b=2-8"),
        (".fullname", "3 4"),
        (".name", "3 4 */a=1/b=2-8"),
        ("/gomaxprocs", "3 4 Name/a=1/b=2"),
    ])
    func residueCoversWhatIsNotProjected(projection text: String, expected: String) throws {
        let parser = ProjectionParser()
        _ = try parser.parse(text, filter: try ResultFilter("*"))
        let residue = parser.residue()
        var builder = SetBuilder()
        builder.config("x", "3")
        builder.config("y", "4")
        let result = builder.result("Name/a=1/b=2-8")
        #expect(residue.label(of: residue.key(for: result, measurement: 0, in: builder.set)!) == expected)
    }

    @Test func excludingGomaxprocsMergesNamesAcrossCPUCounts() throws {
        // benchstat -ignore /gomaxprocs -row .name (expected/33-gomaxprocs-ignore.txt).
        let parser = ProjectionParser()
        let filter = try ResultFilter("*")
        _ = try parser.parse(".name", filter: filter)
        _ = try parser.parse("/gomaxprocs", filter: filter)
        let residue = parser.residue()
        var builder = SetBuilder()
        let results = ["Match/Easy0/1K", "Match/Easy0/1K-2", "Match/Easy0i/1K-2", "Literal/gomaxprocs=4"].map {
            builder.result($0)
        }
        let keys = results.map { residue.key(for: $0, measurement: 0, in: builder.set)! }
        #expect(keys.map { residue.label(of: $0) } == ["*/Easy0/1K", "*/Easy0/1K", "*/Easy0i/1K", "*"])
        #expect(residue.nonSingularFields(Array(keys[0..<2])) == [])
        #expect(residue.nonSingularFields(Array(keys[0..<3])) == [".fullname"])
    }
}

// MARK: - Sorting, fixed orders, headers

@Suite struct ProjectionOrderTests {
    @Test func defaultOrderIsFirstObservation() throws {
        var builder = SetBuilder()
        for size in ["64k", "1k", "4k", "1k"] { builder.result("Get/size=\(size)") }
        let projection = try ProjectionParser().parse("/size", filter: try ResultFilter("*"))
        #expect(sortedLabels(projection, builder.set) == ["64k", "1k", "4k"])
    }

    @Test func alphabeticalOrderComparesBytes() throws {
        var builder = SetBuilder()
        for size in ["64k", "1Mi", "x", "4k", "1k", "NaN", "10", "2.5e3", "a.b", "é", "z"] {
            builder.result("Get/size=\(size)")
        }
        let alpha = try ProjectionParser().parse("/size@alpha", filter: try ResultFilter("*"))
        #expect(
            sortedLabels(alpha, builder.set) == ["10", "1Mi", "1k", "2.5e3", "4k", "64k", "NaN", "a.b", "x", "z", "é"])
    }

    @Test func numericOrderUsesPrefixes() throws {
        var builder = SetBuilder()
        for size in ["64k", "1Mi", "x", "4k", "1k", "NaN", "10", "2.5e3", "a.b", "1M"] {
            builder.result("Get/size=\(size)")
        }
        let numeric = try ProjectionParser().parse("/size@num", filter: try ResultFilter("*"))
        #expect(
            sortedLabels(numeric, builder.set) == ["10", "1k", "2.5e3", "4k", "64k", "1M", "1Mi", "NaN", "a.b", "x"])
    }

    @Test func fixedOrderSortsAndFilters() throws {
        var builder = SetBuilder()
        builder.file("kv-fnv.txt")
        builder.result("Put")
        builder.file("kv-maphash.txt")
        builder.result("Put")
        builder.file("other.txt")
        builder.result("Put")
        let filter = try ResultFilter(".name:Put")
        let projection = try ProjectionParser().parse(".file@(kv-maphash.txt kv-fnv.txt)", filter: filter)
        #expect(sortedLabels(projection, builder.set) == ["kv-maphash.txt", "kv-fnv.txt"])
        let kept = builder.set.results.map { !filter.match($0, in: builder.set).isEmpty }
        #expect(kept == [true, true, false])
    }

    @Test func configurationMembersSortByBytesNotObservation() throws {
        var builder = SetBuilder()
        builder.config("pkg", "zzz")
        builder.result("A")
        builder.config("pkg", "aaa")
        builder.result("A")
        builder.config("note", "x")
        builder.result("A")
        let projection = try ProjectionParser().parse(".config", filter: try ResultFilter("*"))
        #expect(sortedLabels(projection, builder.set) == ["aaa", "aaa x", "zzz"])
    }

    @Test func headerMergesAdjacentEqualValuesUnderOneParent() throws {
        var builder = SetBuilder()
        for (a, b, c) in [("1", "1", "1"), ("1", "1", "2"), ("2", "2", "2"), ("2", "3", "3")] {
            builder.config("a", a)
            builder.config("b", b)
            builder.config("c", c)
            builder.result("X")
        }
        let projection = try ProjectionParser().parse("a,b,c", filter: try ResultFilter("*"))
        let keys = builder.set.results.map { projection.key(for: $0, measurement: 0, in: builder.set)! }
        let header = projection.header(keys)
        func describe(_ level: [ProjectionHeaderNode]) -> [String] {
            level.map { "\($0.value)@\($0.start)+\($0.length)" }
        }
        #expect(
            header.map(describe) == [
                ["1@0+2", "2@2+2"], ["1@0+2", "2@2+1", "3@3+1"], ["1@0+1", "2@1+1", "2@2+1", "3@3+1"],
            ])
        #expect(projection.header([]).isEmpty)
        #expect(projection.nonSingularFields(keys) == ["a", "b", "c"])
        #expect(projection.nonSingularFields(Array(keys[0..<2])) == ["c"])
        #expect(projection.nonSingularFields([keys[0]]) == [])
    }
}

// MARK: - Numbers

@Suite struct GoNumberParsingTests {
    @Test(arguments: [
        ("1", 1.0), ("-2.5", -2.5), ("1_000", 1000), ("0x1p-2", 0.25), ("1e3", 1000), (".5", 0.5), ("1.", 1),
        ("inf", .infinity), ("-Infinity", -.infinity), ("+INF", .infinity),
    ])
    func parsesGoFloats(text: String, expected: Double) {
        #expect(GoNumberParsing.parseFloat(text) == expected)
    }

    @Test(arguments: ["", "0x10", "1e", "_1", "1__0", "1_", "+nan", "infin", "1e400", "1.2.3", "abc", " 1"])
    func rejectsWhatGoRejects(text: String) {
        #expect(GoNumberParsing.parseFloat(text) == nil)
    }

    @Test func fuzzyNumbersUnderstandPrefixes() {
        #expect(GoNumberParsing.parseNumber("4k") == 4000)
        #expect(GoNumberParsing.parseNumber("4K") == 4000)
        #expect(GoNumberParsing.parseNumber("1Mi") == 1_048_576)
        #expect(GoNumberParsing.parseNumber("2GiB") == 2_147_483_648.0)
        #expect(GoNumberParsing.parseNumber("x12y") == 12)
        #expect(GoNumberParsing.parseNumber("a.b12") == nil)
        #expect(GoNumberParsing.parseNumber("NaN")?.isNaN == true)
        #expect(GoNumberParsing.parseNumber("abc") == nil)
    }
}
