/// A position in a source file: 1-based line and column, columns counted in Unicode scalars
/// (libyaml's unit), so `file:line:column` points where an editor's cursor would.
package struct Mark: Sendable, Hashable, CustomStringConvertible {
    /// The file's id in `MarkFiles`: a number keeps node copies free of string retains.
    private var fileID: Int
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.init(fileID: MarkFiles.shared.id(file), line: line, column: column)
    }

    /// A mark in a file already registered with `MarkFiles` (the parser's per-event path).
    init(fileID: Int, line: Int, column: Int) {
        self.fileID = fileID
        self.line = line
        self.column = column
    }

    /// The file as the user named it (relative or absolute); `-` for standard input.
    package var file: String {
        get { MarkFiles.shared.name(fileID) }
        set { fileID = MarkFiles.shared.id(newValue) }
    }

    /// A mark for values that have no source, such as defaults filled in by the loader.
    package static let none = Mark(fileID: 0, line: 0, column: 0)

    package var isKnown: Bool { line > 0 }

    /// `file:line:column`, the compiler-style prefix of a diagnostic.
    package var description: String { "\(file):\(line):\(column)" }
}
