#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Docker CLI contexts read from a config directory (`$DOCKER_CONFIG` or `~/.docker`).
package struct DockerContexts: Sendable {
    /// The config directory holding `config.json` and `contexts/`.
    package var directory: String

    /// Reads contexts below `directory`.
    package init(directory: String) {
        self.directory = directory
    }

    /// Reads contexts from the config directory named by `environment`.
    package init(environment: [String: String]) {
        self.init(directory: Self.configDirectory(environment))
    }

    /// `$DOCKER_CONFIG`, else `$HOME/.docker` (or `$USERPROFILE\.docker`).
    package static func configDirectory(_ environment: [String: String]) -> String {
        if let config = environment["DOCKER_CONFIG"], !config.isEmpty { return config }
        let home = environment["HOME"] ?? environment["USERPROFILE"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.docker"
    }

    /// `currentContext` from `config.json`, nil when unset, empty or when the file is absent.
    package func currentContextName() throws(EngineError) -> String? {
        let path = directory + "/config.json"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            let name = try JSONDecoder().decode(ConfigFile.self, from: data).currentContext
            return name?.isEmpty == false ? name : nil
        } catch {
            throw .invalidEndpoint("cannot read \(path): \(error)")
        }
    }

    /// The context name the docker CLI would use: `DOCKER_HOST` set means `default`, then `DOCKER_CONTEXT`,
    /// then `currentContext` from `config.json`, then `default`.
    package func selectedContextName(_ environment: [String: String]) throws(EngineError) -> String {
        if let host = environment["DOCKER_HOST"], !host.isEmpty { return "default" }
        if let name = environment["DOCKER_CONTEXT"], !name.isEmpty { return name }
        return try currentContextName() ?? "default"
    }

    /// The endpoint of the selected context; `default` is built from the environment (`DOCKER_HOST`, TLS variables).
    package func resolveEndpoint(_ environment: [String: String]) throws(EngineError) -> EngineEndpoint {
        let name = try selectedContextName(environment)
        if name == "default" { return try EngineEndpoint.fromEnvironment(environment) }
        return try endpoint(named: name)
    }

    /// The docker endpoint stored for context `name`, with its TLS files when present; Docker Desktop's
    /// `desktop-linux` and `desktop-windows` fall back to their named pipes when not stored here.
    package func endpoint(named name: String) throws(EngineError) -> EngineEndpoint {
        let id = SHA256.hexDigest(of: Array(name.utf8))
        let metaPath = self.metaPath(name)
        guard let data = FileManager.default.contents(atPath: metaPath) else {
            if let pipe = Self.desktopPipes[name] { return try EngineEndpoint.parse(pipe) }
            throw .invalidEndpoint("context \"\(name)\" not found (no \(metaPath))")
        }
        let meta: ContextMeta
        do {
            meta = try JSONDecoder().decode(ContextMeta.self, from: data)
        } catch {
            throw .invalidEndpoint("cannot read context \"\(name)\" (\(metaPath)): \(error)")
        }
        guard let docker = meta.endpoints?["docker"], let host = docker.host, !host.isEmpty else {
            throw .invalidEndpoint("context \"\(name)\" has no docker endpoint")
        }
        let tlsDirectory = "\(directory)/contexts/tls/\(id)/docker"
        let skipVerify = docker.skipTLSVerify ?? false
        let files = TLSMaterial.files(in: tlsDirectory, verify: !skipVerify) { FileManager.default.fileExists(atPath: $0) }
        let hasFiles = files.caFile != nil || files.certFile != nil || files.keyFile != nil
        var endpoint = try EngineEndpoint.parse(host, tls: hasFiles || skipVerify ? files : nil)
        if case .tcp = endpoint.transport {} else { endpoint.tls = nil }
        return endpoint
    }

    private struct ConfigFile: Decodable {
        var currentContext: String?
    }

    private struct ContextMeta: Decodable {
        var endpoints: [String: DockerEndpoint]?
        enum CodingKeys: String, CodingKey { case endpoints = "Endpoints" }
    }

    private struct DockerEndpoint: Decodable {
        var host: String?
        var skipTLSVerify: Bool?
        enum CodingKeys: String, CodingKey {
            case host = "Host"
            case skipTLSVerify = "SkipTLSVerify"
        }
    }
}
