import CZlib

/// Inflates gzip data in memory with the system zlib, as Go's `gzip.Reader` and `gzip -d`
/// do: concatenated members (`cat a.gz b.gz`) come out as one stream. pyperf writes
/// `.json.gz`, pprof profiles are gzipped, and any results file may be.
///
/// Foundation on Linux has no decompression, and the Swift packages that wrap zlib bring
/// swift-nio with them; zlib itself is on every machine that builds benchq.
package enum Gunzip {
    /// Whether `bytes` start with the gzip magic number `1f 8b`.
    package static func isGzip(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes of an array.
    package static func inflate(_ bytes: [UInt8]) throws(GunzipFailure) -> [UInt8] {
        try bytes.withUnsafeBufferPointer { buffer throws(GunzipFailure) in try inflate(buffer).get() }
    }

    /// The inflated bytes, or what is wrong with the stream.
    package static func inflate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], GunzipFailure> {
        var stream = z_stream()
        // 15 window bits + 16: a gzip header is expected.
        guard czlib_inflateInit2(&stream, 15 + 16) == Z_OK else { return .failure(.cannotStart) }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: max(bytes.count * 4, 1 << 16))
        var produced = 0
        stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
        stream.avail_in = UInt32(clamping: bytes.count)
        while true {
            if produced == output.count { output.append(contentsOf: repeatElement(0, count: output.count)) }
            let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                stream.next_out = buffer.baseAddress.map { $0 + produced }
                stream.avail_out = UInt32(clamping: buffer.count - produced)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                produced = buffer.count - Int(stream.avail_out)
                return status
            }
            switch status {
            case Z_STREAM_END:
                // Another member may follow, read as one stream.
                if stream.avail_in > 0 {
                    inflateReset(&stream)
                    continue
                }
                output.removeSubrange(produced...)
                return .success(output)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0:
                return .failure(.truncated(compressedBytes: bytes.count))
            case Z_BUF_ERROR:
                continue
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                return .failure(.corrupt(offset: bytes.count - Int(stream.avail_in), reason: reason))
            }
        }
    }
}

/// Why gzip data could not be inflated.
package enum GunzipFailure: Error, Equatable, CustomStringConvertible {
    case cannotStart
    /// The stream ends before its end marker.
    case truncated(compressedBytes: Int)
    /// zlib's reason, at the compressed byte where it stopped.
    case corrupt(offset: Int, reason: String)

    package var description: String {
        switch self {
        case .cannotStart: "cannot start gzip decompression"
        case .truncated(let count): "truncated gzip stream (ended after \(count) compressed bytes)"
        case .corrupt(let offset, let reason): "corrupt gzip stream at byte \(offset): \(reason)"
        }
    }
}
