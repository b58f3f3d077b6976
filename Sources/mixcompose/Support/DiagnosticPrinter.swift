import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EngineAPI
import YAML

/// Prints diagnostics compiler-style to standard error, each error followed by its source line
/// and a caret under the column when the file can be read.
struct DiagnosticPrinter {
    private var sources: [String: [Substring]] = [:]

    mutating func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.items.sorted(by: Self.order) {
            var text = diagnostic.description + "\n"
            if diagnostic.severity == .error, let line = sourceLine(diagnostic.mark.file, diagnostic.mark.line) {
                let caret = String(repeating: " ", count: max(0, diagnostic.mark.column - 1)) + "^"
                text += "  \(line)\n  \(caret)\n"
            }
            POSIXIO.writeAll(text, to: STDERR_FILENO)
        }
    }

    private mutating func sourceLine(_ file: String, _ line: Int) -> Substring? {
        guard line > 0, !file.isEmpty, file != "-" else { return nil }
        if sources[file] == nil {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
            sources[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = sources[file], line <= lines.count else { return nil }
        return lines[line - 1]
    }

    // Errors before warnings would hide the order a user reads the file in; keep source order.
    private static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.mark.file, a.mark.line, a.mark.column) < (b.mark.file, b.mark.line, b.mark.column)
    }
}
