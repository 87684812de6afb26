import CZlib

/// Decompresses gzip data in memory (pyperf writes `.json.gz`), concatenated members as one
/// stream. BenchProfile has its own inflater, with the profile reader's error type.
enum Gunzip {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes, or nil with zlib's reason when the data is damaged or truncated.
    static func decompress(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], GunzipFailure> {
        var stream = z_stream()
        // 15 window bits + 16: a gzip header is expected.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(GunzipFailure(reason: "zlib could not start"))
        }
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
                let status = inflate(&stream, Z_NO_FLUSH)
                produced = buffer.count - Int(stream.avail_out)
                return status
            }
            switch status {
            case Z_STREAM_END:
                // Another member may follow (`cat a.gz b.gz`), read as one stream as gzip -d does.
                if stream.avail_in > 0 {
                    inflateReset(&stream)
                    continue
                }
                output.removeSubrange(produced...)
                return .success(output)
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.avail_in == 0:
                return .failure(GunzipFailure(reason: "the compressed data ends early (truncated file?)"))
            case Z_BUF_ERROR:
                continue
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                return .failure(GunzipFailure(reason: "invalid gzip data: \(message)"))
            }
        }
    }
}

/// Why gzip data could not be decompressed.
struct GunzipFailure: Error {
    var reason: String
}
