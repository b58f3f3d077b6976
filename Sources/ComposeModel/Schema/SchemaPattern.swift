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
        switch pattern {
        case extensionKey:
            return text.hasPrefix("x-")
        case resourceName:
            return !text.isEmpty && text.unicodeScalars.allSatisfy { isAlphanumeric($0) || "._-".unicodeScalars.contains($0) }
        case "^.+$":
            return !text.isEmpty && !text.contains("\n")
        case ".+":
            return text.contains { $0 != "\n" }
        case "^[a-z]+$":
            return !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        case containerName:
            let scalars = Array(text.unicodeScalars)
            return scalars.indices.dropLast().contains { index in
                isAlphanumeric(scalars[index]) && (isAlphanumeric(scalars[index + 1]) || "_.-".unicodeScalars.contains(scalars[index + 1]))
            }
        case pullPolicy:
            return matchesPullPolicy(text)
        default:
            return true
        }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
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
