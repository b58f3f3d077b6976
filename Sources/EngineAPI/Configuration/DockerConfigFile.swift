#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The parts of the docker CLI's `config.json` mixcompose uses: `auths`, `credsStore` and
/// `credHelpers` for registries, `proxies` for containers' environment.
package struct DockerConfigFile: Sendable, Hashable {
    /// Stored credentials by the key they were saved under, decoded as the CLI decodes them: `auth`
    /// split into username and password (and then cleared), `serverAddress` set to the key.
    package var auths: [String: AuthConfig] = [:]
    /// The helper suffix for every registry without a `credHelpers` entry (`desktop`, `pass`, …).
    package var credsStore: String?
    /// Helper suffix per registry key (`host[:port]`, or `https://index.docker.io/v1/`).
    package var credHelpers: [String: String] = [:]
    /// Proxy settings by daemon host (`unix:///var/run/docker.sock`, …) or `default`.
    package var proxies: [String: ProxyConfig] = [:]

    /// A file with nothing in it, as an absent file reads.
    package init() {}

    /// Reads `config.json` in `directory`; an absent file is an empty configuration, as for the CLI.
    package static func load(directory: String) throws(CredentialsError) -> DockerConfigFile {
        let path = directory + "/config.json"
        guard let data = FileManager.default.contents(atPath: path) else { return DockerConfigFile() }
        do {
            return try parse(data)
        } catch let error as CredentialsError {
            if case .unreadableConfig(_, let reason) = error { throw .unreadableConfig(path: path, reason: reason) }
            throw error
        } catch {
            throw .unreadableConfig(path: path, reason: String(describing: error))
        }
    }

    /// The proxy variables for containers of the daemon at `host`: its own entry, else `default`'s.
    package func proxyEnvironment(host: String) -> [String: String] {
        (proxies[host] ?? proxies["default"])?.environment ?? [:]
    }

    /// Decodes the text of a `config.json`.
    static func parse(_ data: Data) throws -> DockerConfigFile {
        let raw = try JSONDecoder().decode(Raw.self, from: data)
        var file = DockerConfigFile()
        file.credsStore = raw.credsStore.flatMap { $0.isEmpty ? nil : $0 }
        file.credHelpers = raw.credHelpers ?? [:]
        file.proxies = raw.proxies ?? [:]
        for (key, entry) in raw.auths ?? [:] {
            var config = AuthConfig(
                username: entry.username ?? "", password: entry.password ?? "", email: entry.email ?? "",
                serverAddress: key, identityToken: entry.identitytoken ?? "", registryToken: entry.registrytoken ?? "")
            if let auth = entry.auth, !auth.isEmpty {
                (config.username, config.password) = try decodeAuth(auth, key: key)
            }
            file.auths[key] = config
        }
        return file
    }

    /// `auth` is base64 `username:password`; like the CLI, an undecodable one spoils the whole file.
    private static func decodeAuth(_ auth: String, key: String) throws(CredentialsError) -> (String, String) {
        guard let data = Data(base64Encoded: auth), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":"), colon != text.startIndex
        else {
            throw .unreadableConfig(path: "", reason: "auths.\(key).auth is not base64 of username:password")
        }
        let password = String(text[text.index(after: colon)...].drop { $0 == "\0" }.reversed().drop { $0 == "\0" }.reversed())
        return (String(text[..<colon]), password)
    }

    private struct Raw: Decodable {
        var auths: [String: Entry]?
        var credsStore: String?
        var credHelpers: [String: String]?
        var proxies: [String: ProxyConfig]?
    }

    private struct Entry: Decodable {
        var auth: String?
        var username: String?
        var password: String?
        var email: String?
        var identitytoken: String?
        var registrytoken: String?
    }
}
