import Foundation

/// Locates `../shared/testdata` (the real benchmark data and the reference tools' outputs)
/// relative to the package root, or `$BENCHQ_TESTDATA` when set.
package enum SharedTestData {
    /// The package root: three levels above this file (Tests/TestSupport/SharedTestData.swift).
    package static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static let directory: URL = {
        if let override = ProcessInfo.processInfo.environment["BENCHQ_TESTDATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")
    }()

    /// A file or folder under the shared test data.
    package static func url(_ relativePath: String) -> URL { directory.appendingPathComponent(relativePath) }

    /// The bytes of a shared test file, or empty when it does not exist.
    package static func bytes(_ relativePath: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: url(relativePath)))) ?? []
    }

    /// The text of a shared test file, or nil when it does not exist.
    package static func text(_ relativePath: String) -> String? {
        try? String(contentsOf: url(relativePath), encoding: .utf8)
    }
}
