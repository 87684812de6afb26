/// A request a profile cannot answer (an unknown sample type, incompatible diff inputs).
package struct ProfileQueryError: Error, Equatable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) { self.message = message }

    package var description: String { message }
}
