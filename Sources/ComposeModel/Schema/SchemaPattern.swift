/// The handful of regular expressions compose-spec uses, matched by hand with Go `regexp`
/// semantics (unanchored unless the pattern says `^`/`$`; `.` never matches a newline).
package enum SchemaPattern {
    /// Every pattern the schema tables use; a test checks the tables against this list.
    static let known: Set<String> = [
        extensionKey, resourceName, "^.+$", ".+", "^[a-z]+$", containerName, pullPolicy,
    ]

    static let extensionKey = "^x-"
    static let resourceName = "^[a-zA-Z0-9._-]+$"
    static let containerName = "[a-zA-Z0-9][a-zA-Z0-9_.-]+"
    static let pullPolicy = "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"

    /// Whether `text` matches `pattern`; an unknown pattern matches everything.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        Matcher(pattern).matches(text)
    }

    /// A pattern resolved once, when a `SchemaNode` is built, to its hand-written matcher: the
    /// validator matches every key of a document, and comparing pattern strings each time costs more
    /// than the match itself.
    enum Matcher: Sendable {
        case extensionKey, resourceName, singleLine, notOnlyNewlines, lowercaseWord, containerName, pullPolicy, anything

        init(_ pattern: String) {
            switch pattern {
            case SchemaPattern.extensionKey: self = .extensionKey
            case SchemaPattern.resourceName: self = .resourceName
            case "^.+$": self = .singleLine
            case ".+": self = .notOnlyNewlines
            case "^[a-z]+$": self = .lowercaseWord
            case SchemaPattern.containerName: self = .containerName
            case SchemaPattern.pullPolicy: self = .pullPolicy
            default: self = .anything
            }
        }

        /// Whether `text` matches the pattern.
        func matches(_ text: String) -> Bool {
            switch self {
            case .extensionKey:
                return text.hasPrefix("x-")
            case .resourceName:
                // The class is ASCII, so a UTF-8 byte test is the scalar test: any non-ASCII byte fails.
                // Every service, network and volume name is matched: test the bytes in place.
                let isNameByte = { (byte: UInt8) in
                    isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                }
                let allNameBytes = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isNameByte) }
                return !text.isEmpty && (allNameBytes ?? text.utf8.allSatisfy(isNameByte))
            case .singleLine:
                return !text.isEmpty && !text.contains("\n")
            case .notOnlyNewlines:
                return text.contains { $0 != "\n" }
            case .lowercaseWord:
                return !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
            case .containerName:
                let bytes = Array(text.utf8)
                return bytes.indices.dropLast().contains { index in
                    isAlphanumeric(bytes[index]) && (isAlphanumeric(bytes[index + 1]) || "_.-".utf8.contains(bytes[index + 1]))
                }
            case .pullPolicy:
                return SchemaPattern.matchesPullPolicy(text)
            case .anything:
                return true
            }
        }

        private func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func matchesPullPolicy(_ text: String) -> Bool {
        let words = ["always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly"]
        if words.contains(where: { text.contains($0) }) { return true }
        // `every_` followed by at least one `<digits><unit>` group.
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("every_") {
                let after = rest.dropFirst(6)
                let digits = after.prefix { $0.isASCII && $0.isNumber }
                if !digits.isEmpty, let unit = after.dropFirst(digits.count).first, "wdhms".contains(unit) {
                    return true
                }
            }
            rest = rest.dropFirst()
        }
        return false
    }
}
