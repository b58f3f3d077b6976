/// A published host port or range as Compose writes it (`"8080"`, `"7000-7005"`).
struct PortRange: Sendable, Hashable {
    var first: Int
    var last: Int

    /// Nil for text that is not a port or a range of ports in 1...65535 (or `0`, a random port).
    init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = Int(parts[0]), let last = parts.count == 2 ? Int(parts[1]) : first,
            (0...65535).contains(first), (first...65535).contains(last)
        else { return nil }
        self.first = first
        self.last = last
    }

    var count: Int { last - first + 1 }
}
