/// The characters of a `[…]` class in an ignore pattern: single characters and `a-z` ranges.
struct CharacterClass: Sendable, Hashable {
    var ranges: [ClosedRange<Character>]

    /// True when `character` is in one of the ranges.
    func contains(_ character: Character) -> Bool {
        ranges.contains { $0.contains(character) }
    }

    /// Reads a class whose `[` was just consumed: the set, whether it is negated (`^`), and the index after
    /// its `]`; nil when the class is never closed.
    static func parse(_ characters: [Character], from start: Int) -> (CharacterClass, Bool, Int)? {
        var index = start
        let negated = index < characters.count && characters[index] == "^"
        if negated { index += 1 }
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while index < characters.count {
            var low = characters[index]
            if low == "]" && !first { return (CharacterClass(ranges: ranges), negated, index + 1) }
            first = false
            index += 1
            if low == "\\", index < characters.count {
                low = characters[index]
                index += 1
            }
            var high = low
            if index + 1 < characters.count, characters[index] == "-", characters[index + 1] != "]" {
                high = characters[index + 1]
                index += 2
            }
            if low <= high { ranges.append(low...high) }
        }
        return nil
    }
}
