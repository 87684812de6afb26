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
        var texts: [[UInt8]] = []
        // Events of one package follow each other: remember the last package's bytes.
        var lastPackage: UnsafeBufferPointer<UInt8>?
        var lastSlot = 0
        for event in document.roots {
            try document.expect(event, .object)
            // One pass over the event's members (Time, Action, Package, Test, Output).
            var isOutput = false
            var output: Int32 = -1
            var packageField: Int32?
            for value in document.children(event) {
                let key = value - 1
                if document.keyEquals(key, "Action") {
                    isOutput = document.stringEquals(value, "output")
                } else if document.keyEquals(key, "Output") {
                    output = value
                } else if document.keyEquals(key, "Package") {
                    packageField = value
                }
            }
            guard isOutput, output >= 0 else { continue }
            try document.expect(output, .string)
            let packageBytes = packageField.map { document.rawBytes($0) }
            if let lastPackage, let packageBytes, lastPackage.elementsEqual(packageBytes) {
                document.appendString(output, to: &texts[lastSlot])
                continue
            }
            let package = packageField.flatMap { document.scalarText($0) } ?? ""
            if let slot = packages.firstIndex(of: package) {
                lastSlot = slot
            } else {
                packages.append(package)
                texts.append([])
                lastSlot = packages.count - 1
            }
            lastPackage = packageBytes
            document.appendString(output, to: &texts[lastSlot])
        }
        var text: [UInt8] = []
        for (package, output) in zip(packages, texts) {
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
