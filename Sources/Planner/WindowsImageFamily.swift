/// Recognises the well-known Windows base images by name, for services no daemon has reported on:
/// `mcr.microsoft.com/windows/*`, `mcr.microsoft.com/dotnet/framework/*`, repositories named
/// `nanoserver`/`servercore`/`windowsservercore`, and Windows tags (`ltsc2022`, `nanoserver-1809`, …).
enum WindowsImageFamily {
    private static let repositoryPrefixes = ["mcr.microsoft.com/windows/", "mcr.microsoft.com/dotnet/framework/"]
    private static let repositories: Set<String> = ["mcr.microsoft.com/windows"]
    private static let components = ["nanoserver", "servercore", "windowsservercore"]
    /// Windows release names used as tags: the LTSC years and the semi-annual builds.
    private static let releases: Set<String> = ["1607", "1709", "1803", "1809", "1903", "1909", "2004", "20h2"]

    /// True when `reference` names a Windows base image or a Windows tag of a multi-OS image.
    static func contains(_ reference: String) -> Bool {
        let (repository, tag) = split(reference.lowercased())
        if repositories.contains(repository) || repositoryPrefixes.contains(where: repository.hasPrefix) { return true }
        let parts = repository.split(separator: "/").dropFirst(repository.contains("/") ? 1 : 0)
        if parts.contains(where: { part in components.contains { part.hasPrefix($0) } }) { return true }
        guard let tag else { return false }
        let tokens = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return tokens.contains { token in
            components.contains { token.hasPrefix($0) } || isLTSC(token)
        }
            || tokens.count > 1 && tokens.contains { releases.contains(String($0)) }
                && tokens.contains { isWindowsWord($0) }
    }

    /// Splits `repo[:tag][@digest]` into the repository and the tag.
    static func split(_ reference: String) -> (repository: String, tag: String?) {
        let withoutDigest = reference.split(separator: "@", maxSplits: 1).first.map(String.init) ?? reference
        let lastSlash = withoutDigest.lastIndex(of: "/")
        if let colon = withoutDigest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            return (String(withoutDigest[..<colon]), String(withoutDigest[withoutDigest.index(after: colon)...]))
        }
        return (withoutDigest, nil)
    }

    private static func isLTSC(_ token: Substring) -> Bool {
        token.count == 8 && token.hasPrefix("ltsc") && token.dropFirst(4).allSatisfy(\.isNumber)
    }

    private static func isWindowsWord(_ token: Substring) -> Bool {
        token == "windows" || token == "win" || token.hasPrefix("windows")
    }
}
