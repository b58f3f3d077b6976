/// One `.dockerignore` pattern, matched as moby's patternmatcher (used by BuildKit and the docker CLI)
/// matches it: `*` and `?` stop at `/`, `**` spans any number of directories, `[a-z]` and `[^a]` classes
/// (which, as there, may match `/`), `\` escapes the next character.
package struct IgnorePattern: Sendable, Hashable {
    /// The cleaned pattern, without its `!`.
    package let text: String
    /// True for a `!` exception, which re-includes what earlier patterns excluded.
    package let isException: Bool
    private let kind: Kind

    // patternmatcher decides per pattern how to compare, and the shortcuts are not all equal to the
    // general case (`**sub` as a suffix also matches `xsub`): the same decision is kept here.
    private enum Kind: Sendable, Hashable {
        /// No wildcard at all: the path equals the pattern.
        case exact
        /// A literal followed by a final `**`: the path starts with the literal.
        case prefix(String)
        /// `**` followed by a literal: the path ends with the literal (or is it, without its leading `/`).
        case suffix(String)
        case tokens([Token])
    }

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

    /// Parses `pattern` (already cleaned, with its `!` if it is an exception); nil for an empty pattern.
    init?(_ pattern: String) throws(ArchiveError) {
        var text = pattern
        isException = text.hasPrefix("!")
        if isException { text.removeFirst() }
        guard !text.isEmpty else { return nil }
        self.text = text
        kind = try Self.compile(Array(text))
    }

    /// True when the whole of `path` (relative, `/`-separated) matches.
    package func matches(_ path: String) -> Bool {
        switch kind {
        case .exact: path == text
        case .prefix(let literal): path.hasPrefix(literal)
        case .suffix(let literal): path.hasSuffix(literal) || (literal.hasPrefix("/") && path == literal.dropFirst())
        case .tokens(let tokens): Self.match(tokens[...], Array(path)[...])
        }
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
            return path.indices.contains { path[$0] == "/" && match(rest, path[($0 + 1)...]) }
        case .rest:
            return true
        }
    }

    private enum Detected { case exact, prefix, suffix, tokens }

    private static func compile(_ characters: [Character]) throws(ArchiveError) -> Kind {
        var tokens: [Token] = []
        var detected = Detected.exact
        var index = 0
        while index < characters.count {
            let start = index
            let character = characters[index]
            index += 1
            switch character {
            case "*" where index < characters.count && characters[index] == "*":
                index += 1
                // `**/` reads as `**`: the slash is part of what `**` spans.
                if index < characters.count && characters[index] == "/" { index += 1 }
                if index == characters.count {
                    tokens.append(.rest)
                    detected = detected == .exact ? .prefix : .tokens
                } else {
                    tokens.append(.directories)
                    detected = .tokens
                }
                if start == 0 { detected = .suffix }
            case "*":
                tokens.append(.run)
                detected = .tokens
            case "?":
                tokens.append(.one)
                detected = .tokens
            case "\\" where index < characters.count:
                tokens.append(.literal(characters[index]))
                index += 1
                detected = .tokens
            case "[":
                guard let (set, negated, next) = CharacterClass.parse(characters, from: index) else {
                    throw ArchiveError("syntax error in pattern \(String(characters))")
                }
                tokens.append(.set(set, negated: negated))
                index = next
                detected = .tokens
            default:
                tokens.append(.literal(character))
            }
        }
        let text = String(characters)
        switch detected {
        case .exact: return .exact
        case .prefix: return .prefix(String(text.dropLast(2)))
        case .suffix: return .suffix(String(text.dropFirst(2)))
        case .tokens: return .tokens(tokens)
        }
    }
}
