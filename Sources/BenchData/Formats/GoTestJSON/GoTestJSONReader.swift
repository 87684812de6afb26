/// Reads `go test -json` output (test2json events, one JSON object per line).
///
/// The benchmark text is the concatenation of the `Output` fields of `output` events; a
/// result line is often split across several events, so lines are rebuilt before reading.
/// Each package's output is kept together, in the order packages first appear, and read by
/// the Go text reader, so the result is the set the text form of the same run gives. A
/// package whose output has no `pkg:` line gets one from the events' `Package`.
enum GoTestJSONReader {
    /// The Go benchmark text carried by the events.
    static func goText(_ input: ResultInput) throws(FormatError) -> [UInt8] {
        let document = try JSONDocument(parsing: input.bytes, path: input.path, sequence: true)
        var packages: [String] = []
        var texts: [String: [UInt8]] = [:]
        for event in document.roots {
            try document.expect(event, .object)
            guard let action = document.member(event, "Action"), document.kind(action) == .string,
                document.string(action) == "output", let output = document.member(event, "Output")
            else { continue }
            let package = document.member(event, "Package").flatMap { document.scalarText($0) } ?? ""
            if texts[package] == nil {
                packages.append(package)
                texts[package] = []
            }
            try document.expect(output, .string)
            document.appendString(output, to: &texts[package, default: []])
        }
        var text: [UInt8] = []
        for package in packages {
            let output = texts[package] ?? []
            if !package.isEmpty, !hasPackageLine(output) {
                text.append(contentsOf: Array("pkg: \(package)\n".utf8))
            }
            text.append(contentsOf: output)
            if let last = output.last, last != 0x0A { text.append(0x0A) }
        }
        return text
    }

    private static func hasPackageLine(_ text: [UInt8]) -> Bool {
        let key = Array("pkg:".utf8)
        var lineStart = 0
        while lineStart + key.count <= text.count {
            if text[lineStart..<(lineStart + key.count)].elementsEqual(key) { return true }
            guard let newline = text[lineStart...].firstIndex(of: 0x0A) else { return false }
            lineStart = newline + 1
        }
        return false
    }
}
