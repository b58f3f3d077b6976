/// A YAML syntax or structure problem at a source position. Messages are lower case and say
/// what is wrong; the mark says where.
package struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    package var mark: Mark
    package var message: String

    package init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }

    /// `file:line:column: error: message`, the form every mixcompose diagnostic takes.
    package var description: String { "\(mark): error: \(message)" }
}
