extension Node {
    /// An ordered mapping. Keys keep their own nodes (and marks) so diagnostics can point at a
    /// key; lookups by string compare the key's scalar text.
    package struct Mapping: Sendable, Hashable, Sequence {
        package struct Entry: Sendable, Hashable {
            package var key: Node
            package var value: Node
            package init(key: Node, value: Node) {
                self.key = key
                self.value = value
            }
            /// The key's text; Compose only allows string keys, which the loader checks.
            package var name: String { key.text ?? "" }
        }

        package var entries: [Entry]

        package init(_ entries: [Entry] = []) {
            self.entries = entries
        }

        package init(_ pairs: [(Node, Node)]) {
            self.entries = pairs.map { Entry(key: $0.0, value: $0.1) }
        }

        package var count: Int { entries.count }
        package var isEmpty: Bool { entries.isEmpty }
        package var keys: [String] { entries.map(\.name) }

        package func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }

        /// The position of the entry named `key` (a non-scalar key is named ""). Compares in place
        /// without copying each key's text, and by byte count first: this runs for every lookup.
        package func index(of key: String) -> Int? {
            let length = key.utf8.count
            return entries.firstIndex { entry in
                guard case .scalar(let scalar) = entry.key.content else { return length == 0 }
                return scalar.text.utf8.count == length && scalar.text == key
            }
        }

        package func entry(_ key: String) -> Entry? {
            index(of: key).map { entries[$0] }
        }

        package subscript(key: String) -> Node? {
            get { index(of: key).map { entries[$0].value } }
            set {
                if let i = index(of: key) {
                    if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
                } else if let newValue {
                    entries.append(Entry(key: .string(key, mark: newValue.mark, style: .plain), value: newValue))
                }
            }
        }
    }
}
