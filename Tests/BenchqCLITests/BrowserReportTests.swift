import BenchqTestSupport
import Foundation
import Testing

/// Chromium's path, when it is installed.
let installedChromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The HTML reports as a real browser reads them: headless Chromium parses the page and
/// prints its DOM. CI installs Chromium (.ci/run); elsewhere these run when it is present.
@Suite(.enabled(if: installedChromium != nil, "needs Chromium (apt-get install chromium)"))
struct BrowserReportTests {
    static let chromium = installedChromium

    /// The DOM Chromium builds from the page at `path`.
    private func dom(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--dump-dom", "file://" + path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theCheckPageHasEveryRowAndAChartPerChangingBenchmark() throws {
        let html = temporaryPath("browser-check.html")
        let run = runScript(
            """
            compare "../shared/testdata/go/pkgs-opt.txt" "../shared/testdata/go/pkgs-noopt.txt" | threshold | report html "\(html)"
            """)
        #expect(run.status == 1)
        let page = try dom(html)
        #expect(page.components(separatedBy: "<tr class=\"regression\">").count - 1 == 32)
        #expect(page.components(separatedBy: "<tr class=\"ok\">").count - 1 == 98)
        #expect(page.components(separatedBy: "<svg ").count - 1 >= 32)
        #expect(page.contains("Performance regression: 32 regressions"))
    }

    @Test func hostileNamesStayText() throws {
        let base = temporaryPath("browser-base.txt")
        let head = temporaryPath("browser-head.txt")
        let name = "X/<script>document.title='owned'</script><img>"
        try (0..<6).map { "Benchmark\(name)-2 1 \(100 + $0) ns/op\n" }.joined().write(
            toFile: base, atomically: true, encoding: .utf8)
        try (0..<6).map { "Benchmark\(name)-2 1 \(300 + $0) ns/op\n" }.joined().write(
            toFile: head, atomically: true, encoding: .utf8)
        let html = temporaryPath("browser-hostile.html")
        _ = runScript("compare \"\(base)\" \"\(head)\" | threshold | report html \"\(html)\"")
        let page = try dom(html)
        #expect(!page.isEmpty)
        #expect(!page.contains("<script"), "no script element was created")
        #expect(!page.contains("<img"))
        #expect(!page.contains("owned</title>"))
        #expect(page.contains("X/&lt;script&gt;document.title='owned'&lt;/script&gt;&lt;img&gt;"))
    }
}
