import BenchQuery
import BenchqTestSupport
import Foundation
import Testing

/// One `go tool pprof` invocation of `pprof/golden/MANIFEST.tsv` and its benchq translation.
struct PprofGoldenCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    /// The benchq statement, or why the flags have no benchq words (LANGUAGE.md's table).
    var translation: Result<String, Untranslatable>

    struct Untranslatable: Error, Sendable { var flag: String }

    var testDescription: String { name }

    static let all: [PprofGoldenCase] = {
        guard let manifest = SharedTestData.text("pprof/golden/MANIFEST.tsv") else { return [] }
        return manifest.split(separator: "\n").dropFirst().compactMap { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2,
                let arguments = try? JSONDecoder().decode([String].self, from: Data(columns[1].utf8))
            else { return nil }
            return PprofGoldenCase(
                name: String(columns[0]), arguments: arguments, translation: translate(arguments))
        }
    }()

    static var translated: [PprofGoldenCase] { all.filter { (try? $0.translation.get()) != nil } }

    /// LANGUAGE.md's mapping of pprof flags to benchq words, plus benchq's `noinlines` option
    /// for `-noinlines`. `-edgefraction=0` rides along with `-nodefraction=0` (benchq's
    /// `nodefraction 0` shows every node and edge).
    static func translate(_ arguments: [String]) -> Result<String, Untranslatable> {
        var options: [String] = []
        var stages: [String] = []
        var base: String?
        var files: [String] = []
        var isTop = false
        var normalize = false
        var edgeFractionZero = false
        for argument in arguments {
            let (flag, value) = split(argument)
            switch flag {
            case "-symbolize": continue
            case "-top": isTop = true
            case "-cum": stages.append("sort cum")
            case "-nodecount": stages.append("top \(value)")
            case "-sample_index": options.append("sample \(value)")
            case "-lines", "-files", "-addresses": options.append("by \(flag.dropFirst())")
            case "-noinlines": options.append("noinlines")
            case "-nodefraction": options.append("nodefraction \(value)")
            case "-edgefraction" where value == "0": edgeFractionZero = true
            case "-focus", "-ignore", "-hide", "-show": stages.append("\(flag.dropFirst()) /\(value)/")
            case "-diff_base": base = value
            case "-normalize": normalize = true
            default:
                if flag.hasPrefix("-") { return .failure(Untranslatable(flag: flag)) }
                files.append(argument)
            }
        }
        guard isTop else { return .failure(Untranslatable(flag: "-top")) }
        if edgeFractionZero && !options.contains("nodefraction 0") {
            return .failure(Untranslatable(flag: "-edgefraction"))
        }
        guard files.count == 1 else { return .failure(Untranslatable(flag: "FILE")) }
        if normalize { options.append("normalize") }
        let source =
            base.map { "profile-diff \"\($0)\" \"\(files[0])\"" } ?? "profile \"\(files[0])\""
        return .success(
            ([source + (options.isEmpty ? "" : " " + options.joined(separator: " "))] + stages).joined(separator: " | ")
        )
    }

    private static func split(_ argument: String) -> (String, String) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, "") }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}

/// benchq prints what `go tool pprof -top` prints, byte for byte, for every golden case whose
/// flags have benchq words (146 of the manifest's 178 cases).
@Suite struct PprofParityTests {
    @Test(arguments: PprofGoldenCase.translated)
    func matchesPprof(_ golden: PprofGoldenCase) throws {
        let statement = try golden.translation.get()
        let expected = try #require(SharedTestData.text("pprof/golden/\(golden.name)"))
        let (output, errors, status) = runInPprofFolder(statement)
        #expect(status == 0, "\(statement)\n\(errors)")
        #expect(output == expected, "\(statement)")
    }

    /// The cases left out use only flags that LANGUAGE.md gives no benchq words; every
    /// other `-top` and `-diff_base`/`-normalize` case is compared above.
    @Test func leavesOutOnlyFlagsWithoutBenchqWords() {
        let unmapped: Set = [
            "-unit", "-relative_percentages", "-show_from", "-base", "-drop_negative",
        ]
        for golden in PprofGoldenCase.all where golden.arguments.contains("-top") {
            if case .failure(let untranslatable) = golden.translation {
                #expect(unmapped.contains(untranslatable.flag), "\(golden.name): \(untranslatable.flag)")
            }
        }
        #expect(PprofGoldenCase.translated.count >= 146)
    }
}

/// Runs statements in a fresh session from `pprof/` (where the manifest's paths start).
func runInPprofFolder(_ text: String) -> (stdout: String, stderr: String, status: Int32) {
    final class Capture: @unchecked Sendable {
        var stdout = ""
        var stderr = ""
    }
    let capture = Capture()
    let session = Session(write: { capture.stdout += $0 }, writeError: { capture.stderr += $0 })
    session.currentDirectory = SharedTestData.url("pprof").path
    let outcome = session.run(SourceFile(name: "test.benchq", text: text))
    return (capture.stdout, capture.stderr, outcome == .completed ? 0 : 2)
}
