import EngineAPI

/// An image reference as the docker CLI shows it: `reference.ParseNormalizedNamed` then `FamiliarName`, so
/// Docker Hub's names lose `docker.io/` and, for official images, `library/` (`busybox`, `ghcr.io/o/app`).
/// `images` prints its parts; `down --rmi` compares references written in different ways by it.
struct FamiliarReference: Sendable, Hashable {
    var repository: String
    /// The tag as written; nil when there is none.
    var tag: String?
    /// `sha256:…` when the reference pins a digest.
    var digest: String?

    /// Nil when the reference does not parse: a path with capitals after the registry's domain, or nothing.
    init?(_ reference: String) {
        var name = reference
        if let at = name.firstIndex(of: "@") {
            digest = String(name[name.index(after: at)...])
            name = String(name[..<at])
        }
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
            tag = String(name[name.index(after: colon)...])
            name = String(name[..<colon])
        }
        // The path after the registry domain must be lower-case (a domain may have capitals).
        let domain = RegistryHost.domain(ofImage: name)
        let path = name.hasPrefix(domain + "/") ? String(name.dropFirst(domain.count + 1)) : name
        guard !path.isEmpty, path.lowercased() == path else { return nil }
        for prefix in ["docker.io/", "index.docker.io/"] where name.hasPrefix(prefix) && !name.dropFirst(prefix.count).isEmpty {
            name = String(name.dropFirst(prefix.count))
            break
        }
        // Only an official image's one-part name loses `library/` (`library/a/b` keeps it, as in Go).
        if name.hasPrefix("library/"), !name.dropFirst(8).contains("/") { name = String(name.dropFirst(8)) }
        repository = name
    }

    /// `reference.TagNameOnly` then `FamiliarString`: `latest` added when neither a tag nor a digest is given.
    var tagged: String {
        if let digest { return repository + (tag.map { ":" + $0 } ?? "") + "@" + digest }
        return repository + ":" + (tag ?? "latest")
    }
}
