/// A position in a source file: 1-based line and column, columns counted in Unicode scalars
/// (libyaml's unit), so `file:line:column` points where an editor's cursor would.
package struct Mark: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it (relative or absolute); `-` for standard input.
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A mark for values that have no source, such as defaults filled in by the loader.
    package static let none = Mark(file: "", line: 0, column: 0)

    package var isKnown: Bool { line > 0 }

    /// `file:line:column`, the compiler-style prefix of a diagnostic.
    package var description: String { "\(file):\(line):\(column)" }
}
