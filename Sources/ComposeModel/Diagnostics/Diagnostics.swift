import YAML

/// An ordered collection of diagnostics that a pass appends to and the CLI prints at the end.
package struct Diagnostics: Sendable, Hashable, Sequence {
    package private(set) var items: [Diagnostic] = []

    package init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    package var hasErrors: Bool { items.contains { $0.severity == .error } }
    package var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    package var isEmpty: Bool { items.isEmpty }

    package mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    package mutating func append(contentsOf other: Diagnostics) {
        items.append(contentsOf: other.items)
    }

    package mutating func error(_ message: String, at mark: Mark, code: String? = nil, service: String? = nil) {
        items.append(.error(message, at: mark, code: code, service: service))
    }

    package mutating func warning(_ message: String, at mark: Mark, code: String? = nil, service: String? = nil) {
        items.append(.warning(message, at: mark, code: code, service: service))
    }

    package func makeIterator() -> IndexingIterator<[Diagnostic]> { items.makeIterator() }
}
