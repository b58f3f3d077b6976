#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The docker CLI's registry-host normalisation: which credentials key an image reference uses, and
/// how keys stored as URLs (`https://host:port/v1/`) match it.
package enum RegistryHost {
    /// The key Docker Hub's credentials are stored under.
    package static let indexServer = "https://index.docker.io/v1/"

    /// The registry domain of an image reference, as `reference.ParseNormalizedNamed` splits it:
    /// the first path component when it has a `.` or `:`, is `localhost` or has capitals, else
    /// `docker.io` (`index.docker.io` is Docker Hub too).
    package static func domain(ofImage reference: String) -> String {
        guard let slash = reference.firstIndex(of: "/") else { return "docker.io" }
        let first = String(reference[..<slash])
        guard first.contains(where: { $0 == "." || $0 == ":" }) || first == "localhost" || first.lowercased() != first else {
            return "docker.io"
        }
        return first == "index.docker.io" ? "docker.io" : first
    }

    /// The credentials key for an image (`registry.GetAuthConfigKey`): `indexServer` for Docker Hub,
    /// otherwise the domain as written (`host[:port]`).
    package static func key(ofImage reference: String) -> String {
        let domain = domain(ofImage: reference)
        return domain == "docker.io" ? indexServer : domain
    }

    /// `host[:port]` of a key stored with a scheme or a path (`ConvertToHostname`): `https://r.example:5000/v2/`
    /// becomes `r.example:5000`; a key without a scheme loses everything from its first `/`.
    package static func hostname(of key: String) -> String {
        if key.contains("://"), let url = URLComponents(string: key), var host = url.host, !host.isEmpty {
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            guard let port = url.port else { return host }
            return .hostPort(host, port)
        }
        return String(key.prefix { $0 != "/" })
    }
}
