/// A position in a source file: 1-based line and column, columns counted in Unicode scalars
/// (libyaml's unit), so `file:line:column` points where an editor's cursor would.
package struct Mark: Sendable, Hashable, CustomStringConvertible {
    // 32-bit fields keep a mark at 12 bytes: every node carries one, and each pass walks
    // hundreds of thousands of nodes, so node size is memory traffic.
    /// The file's id in `MarkFiles`: a number keeps node copies free of string retains.
    private var fileID: UInt32
    private var storedLine: UInt32
    private var storedColumn: UInt32

    package var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    package var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    package init(file: String, line: Int, column: Int) {
        self.init(fileID: MarkFiles.shared.id(file), line: line, column: column)
    }

    /// A mark in a file already registered with `MarkFiles` (the parser's per-event path).
    init(fileID: Int, line: Int, column: Int) {
        self.fileID = UInt32(clamping: fileID)
        self.storedLine = UInt32(clamping: line)
        self.storedColumn = UInt32(clamping: column)
    }

    /// The file as the user named it (relative or absolute); `-` for standard input.
    package var file: String {
        get { MarkFiles.shared.name(Int(fileID)) }
        set { fileID = UInt32(clamping: MarkFiles.shared.id(newValue)) }
    }

    /// A mark for values that have no source, such as defaults filled in by the loader.
    package static let none = Mark(fileID: 0, line: 0, column: 0)

    package var isKnown: Bool { line > 0 }

    /// `file:line:column`, the compiler-style prefix of a diagnostic.
    package var description: String { "\(file):\(line):\(column)" }
}
