/// One `.dockerignore` pattern, matched the way the docker CLI's pattern matcher does: `*` and `?` stop at
/// `/`, `**` spans any number of directories, `[a-z]` classes, `\` escapes the next character.
package struct IgnorePattern: Sendable, Hashable {
    /// The cleaned pattern, without its `!`.
    package let text: String
    /// True for a `!` exception, which re-includes what earlier patterns excluded.
    package let isException: Bool
    private let tokens: [Token]

    private enum Token: Sendable, Hashable {
        case literal(Character)
        /// `?`: one character other than `/`.
        case one
        /// `*`: any run of characters other than `/`.
        case run
        /// `**` followed by more pattern: nothing, or anything ending with `/`.
        case directories
        /// `**` at the end: anything at all.
        case rest
        case set(CharacterClass, negated: Bool)
    }

    /// Parses `pattern` (already cleaned); nil for an empty pattern.
    init?(_ pattern: String) {
        var text = pattern
        isException = text.hasPrefix("!")
        if isException { text.removeFirst() }
        guard !text.isEmpty else { return nil }
        self.text = text
        tokens = Self.tokens(Array(text))
    }

    /// True when the whole of `path` (relative, `/`-separated) matches.
    package func matches(_ path: String) -> Bool {
        Self.match(tokens[...], Array(path)[...])
    }

    private static func match(_ tokens: ArraySlice<Token>, _ path: ArraySlice<Character>) -> Bool {
        guard let token = tokens.first else { return path.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let character):
            return path.first == character && match(rest, path.dropFirst())
        case .one:
            guard let first = path.first, first != "/" else { return false }
            return match(rest, path.dropFirst())
        case .set(let ranges, let negated):
            guard let first = path.first, ranges.contains(first) != negated else { return false }
            return match(rest, path.dropFirst())
        case .run:
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard let first = remaining.first, first != "/" else { return false }
                remaining = remaining.dropFirst()
            }
        case .directories:
            if match(rest, path) { return true }
            for index in path.indices where path[index] == "/" {
                if match(rest, path[(index + 1)...]) { return true }
            }
            return false
        case .rest:
            return true
        }
    }

    private static func tokens(_ characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "*" where index < characters.count && characters[index] == "*":
                index += 1
                // `**/` reads as `**`: the slash is part of what `**` spans.
                if index < characters.count && characters[index] == "/" { index += 1 }
                tokens.append(index == characters.count ? .rest : .directories)
            case "*":
                tokens.append(.run)
            case "?":
                tokens.append(.one)
            case "\\":
                if index < characters.count {
                    tokens.append(.literal(characters[index]))
                    index += 1
                } else {
                    tokens.append(.literal("\\"))
                }
            case "[":
                if let (set, negated, next) = CharacterClass.parse(characters, from: index) {
                    tokens.append(.set(set, negated: negated))
                    index = next
                } else {
                    tokens.append(.literal("["))
                }
            default:
                tokens.append(.literal(character))
            }
        }
        return tokens
    }
}
