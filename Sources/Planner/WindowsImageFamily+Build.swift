extension WindowsImageFamily {
    /// Windows Server builds by the release names images use as tags.
    private static let builds: [(release: String, build: String)] = [
        ("ltsc2019", "10.0.17763"), ("1809", "10.0.17763"), ("ltsc2022", "10.0.20348"), ("ltsc2025", "10.0.26100"),
    ]

    /// The Windows build (`10.0.20348`) a Windows image's tag names (`ltsc2022`, `nanoserver-ltsc2019`, `1809`),
    /// which a Windows node must run; nil when the tag names none.
    static func windowsBuild(of reference: String) -> String? {
        guard let tag = split(reference.lowercased()).tag else { return nil }
        let tokens = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return builds.first { entry in tokens.contains { $0 == entry.release } }?.build
    }
}
