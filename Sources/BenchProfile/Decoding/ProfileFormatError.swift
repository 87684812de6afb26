/// What is wrong with a profile's bytes (gzip, protobuf or profile structure), without the
/// file name: the loader adds it (``ProfileLoadError``).
package struct ProfileFormatError: Error, Equatable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) { self.message = message }

    package var description: String { message }
}

/// A profile that could not be read: the file and what is wrong with it.
package struct ProfileLoadError: Error, Equatable, CustomStringConvertible {
    package var path: String
    package var message: String

    package init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    package var description: String { "\(path): \(message)" }
}
