import BenchData
import BenchqTestSupport
import Testing

/// A command's output read as it arrives gives what reading it whole gives, however the
/// pieces split its lines.
@Suite struct GoBenchStreamTests {
    @Test(arguments: [1, 7, 100, 4096, 1 << 20], [false, true])
    func piecesOfAnySizeReadAsTheWholeText(pieceSize: Int, endsMidLine: Bool) throws {
        var bytes = Array(try #require(SharedTestData.text("go/synthetic-edgecases.txt")).utf8)
        // Without its last newline, the last line is read only by finish().
        if endsMidLine { bytes.removeLast() }
        let input = InputFile(label: "x", path: "x")
        var whole = BenchmarkSet()
        var reader = GoBenchReader()
        var wholeWarnings: [InputError] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in
            try reader.read(buffer, file: input, into: &whole, warnings: &wholeWarnings)
        }
        var stream = GoBenchStream(file: input)
        try bytes.withUnsafeBufferPointer { (buffer) throws(LoadError) in
            for start in stride(from: 0, to: buffer.count, by: pieceSize) {
                try stream.append(UnsafeBufferPointer(rebasing: buffer[start..<min(start + pieceSize, buffer.count)]))
            }
        }
        try stream.finish()
        #expect(resultLines(stream.set) == resultLines(whole))
        #expect(stream.set.configurations == whole.configurations)
        #expect(!whole.results.isEmpty)
        #expect(stream.warnings.map { "\($0)" } == wholeWarnings.map { "\($0)" })
    }
}
