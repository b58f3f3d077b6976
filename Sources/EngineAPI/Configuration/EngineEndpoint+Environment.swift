#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension EngineEndpoint {
    /// The endpoint named by `DOCKER_HOST` (default `unix:///var/run/docker.sock`) with TLS from
    /// `DOCKER_TLS_VERIFY` (TLS and verify), `DOCKER_TLS` (TLS without verify) or `DOCKER_CERT_PATH` (TLS,
    /// verify only with `DOCKER_TLS_VERIFY`); PEM files come from `DOCKER_CERT_PATH` or the config directory.
    package static func fromEnvironment(
        _ environment: [String: String],
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) throws(EngineError) -> EngineEndpoint {
        guard let host = environment["DOCKER_HOST"], !host.isEmpty else { return .localDefault }
        return try parse(host, tlsFrom: environment, fileExists: fileExists)
    }

    /// `address` parsed, with the TLS the docker CLI's variables ask for when it is a TCP address: what
    /// `docker -H tcp://… ` does, so `--linux-host`/`--windows-host` take `DOCKER_TLS_VERIFY` and `DOCKER_CERT_PATH` too.
    package static func parse(
        _ address: String, tlsFrom environment: [String: String],
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) throws(EngineError) -> EngineEndpoint {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        var tls: TLSMaterial?
        let verify = value("DOCKER_TLS_VERIFY") != nil
        if verify || value("DOCKER_TLS") != nil || value("DOCKER_CERT_PATH") != nil {
            let directory = value("DOCKER_CERT_PATH") ?? DockerContexts.configDirectory(environment)
            tls = TLSMaterial.files(in: directory, verify: verify, fileExists: fileExists)
        }
        var endpoint = try parse(address, tls: tls)
        if case .tcp = endpoint.transport {} else { endpoint.tls = nil }
        return endpoint
    }
}
