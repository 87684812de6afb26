import CZlib

/// Inflates gzip data with the system zlib, as Go's `gzip.Reader` does: concatenated members
/// come out as one stream (pprof's `ParseData` relies on that).
///
/// Foundation on Linux has no decompression, and the Swift packages that wrap zlib bring
/// swift-nio with them; zlib itself is on every machine that builds benchq.
package enum Gunzip {
    /// Whether the bytes start with the gzip magic `1f 8b`.
    package static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// The inflated bytes, or a message saying what is wrong with the stream.
    package static func inflate(_ input: [UInt8]) throws(ProfileFormatError) -> [UInt8] {
        var stream = z_stream()
        // 15 + 16: a gzip wrapper with the largest window.
        guard czlib_inflateInit2(&stream, 15 + 16) == Z_OK else {
            throw ProfileFormatError("cannot start gzip decompression")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var failure: ProfileFormatError?
        input.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(source.count)
            chunk.withUnsafeMutableBufferPointer { buffer in
                while true {
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(chunkSize)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(chunkSize - Int(stream.avail_out))])
                    switch status {
                    case Z_OK:
                        continue
                    case Z_STREAM_END:
                        // Another gzip member may follow (Go reads concatenated members as one stream).
                        if stream.avail_in == 0 { return }
                        inflateReset(&stream)
                    case Z_BUF_ERROR:
                        if stream.avail_in == 0 {
                            failure = ProfileFormatError(
                                "truncated gzip stream (ended after \(source.count) compressed bytes)")
                            return
                        }
                    default:
                        let offset = source.count - Int(stream.avail_in)
                        let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                        failure = ProfileFormatError("corrupt gzip stream at byte \(offset): \(reason)")
                        return
                    }
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
