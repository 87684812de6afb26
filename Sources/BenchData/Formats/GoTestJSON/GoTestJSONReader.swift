#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads `go test -json` output (test2json events, one JSON object per line).
///
/// The benchmark text is the concatenation of the `Output` fields of `output` events; a
/// result line is often split across several events, so lines are rebuilt before reading.
/// Each package's output is kept together, in the order packages first appear, and read by
/// the Go text reader, so the result is the set the text form of the same run gives. A
/// package whose output has no `pkg:` line gets one from the events' `Package`.
enum GoTestJSONReader {
    /// The Go benchmark text carried by the events. The fast path (``GoTestJSONScan``) reads
    /// the usual file; anything it leaves is read by the general path over a parsed document.
    static func goText(_ input: ResultInput, fastPath: Bool = true) throws(FormatError) -> [UInt8] {
        if fastPath, let outputs = GoTestJSONScan.outputs(input.bytes) { return outputs.text() }
        return try generalOutputs(input).text()
    }

    /// Each package's output, in the order packages first appear.
    struct PackageOutputs {
        var packages: [String] = []
        var texts: [[UInt8]] = []

        /// The index of `package`'s text, added when new.
        mutating func slot(for package: String) -> Int {
            if let slot = packages.firstIndex(of: package) { return slot }
            packages.append(package)
            texts.append([])
            return packages.count - 1
        }

        /// The packages' outputs one after another, each starting with a `pkg:` line.
        func text() -> [UInt8] {
            let headers = zip(packages, texts).map { package, output in
                package.isEmpty || hasPackageLine(output) ? nil : Array("pkg: \(package)\n".utf8)
            }
            // One package already naming itself (the usual file): its text as it is.
            if texts.count == 1, headers[0] == nil, (texts[0].last ?? 0x0A) == 0x0A { return texts[0] }
            var text: [UInt8] = []
            for (header, output) in zip(headers, texts) {
                if let header { text.append(contentsOf: header) }
                text.append(contentsOf: output)
                if let last = output.last, last != 0x0A { text.append(0x0A) }
            }
            return text
        }
    }

    /// The general path: the whole stream parsed as a document, then its events walked.
    private static func generalOutputs(_ input: ResultInput) throws(FormatError) -> PackageOutputs {
        let document = try JSONDocument(parsing: input.bytes, path: input.path, sequence: true)
        var outputs = PackageOutputs()
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
                document.appendString(output, to: &outputs.texts[lastSlot])
                continue
            }
            lastSlot = outputs.slot(for: packageField.flatMap { document.scalarText($0) } ?? "")
            lastPackage = packageBytes
            document.appendString(output, to: &outputs.texts[lastSlot])
        }
        return outputs
    }

    /// Whether some line of `text` starts with `pkg:` (found line by line with memchr).
    private static func hasPackageLine(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var lineStart = 0
            while lineStart + 4 <= buffer.count {
                if base[lineStart] == UInt8(ascii: "p"), base[lineStart + 1] == UInt8(ascii: "k"),
                    base[lineStart + 2] == UInt8(ascii: "g"), base[lineStart + 3] == UInt8(ascii: ":")
                {
                    return true
                }
                guard let newline = memchr(base + lineStart, 0x0A, buffer.count - lineStart) else { return false }
                lineStart = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
            }
            return false
        }
    }
}
