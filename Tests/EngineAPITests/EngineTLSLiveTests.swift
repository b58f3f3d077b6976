import Foundation
import Testing

@testable import EngineAPI

@Suite(.enabled(if: LiveTLSTestbed.isEnabled, "needs the testbed's TLS listener (MIXCOMPOSE_TESTBED_LINUX_TLS_HOST)"))
struct EngineTLSLiveTests {
    /// Generous: a refused handshake must end in an error, never a hang.
    private static let refusalBound = 60

    /// `DOCKER_HOST`, `DOCKER_TLS_VERIFY` and `DOCKER_CERT_PATH` as a user would export them.
    private func environment(host: String, certPath: String, verify: Bool = true) -> [String: String] {
        let tlsVariable = verify ? "DOCKER_TLS_VERIFY" : "DOCKER_TLS"
        return ["DOCKER_HOST": host, tlsVariable: "1", "DOCKER_CERT_PATH": certPath]
    }

    /// Connects to `endpoint` and pings, within the refusal bound; the thrown error, or nil when it connected.
    private func connectionError(_ endpoint: EngineEndpoint) async throws -> (any Error)? {
        do {
            _ = try await LiveTestbed.bounded(seconds: Self.refusalBound) {
                try await EngineClient.withClient(endpoint) { client in try await client.ping() }
            }
            return nil
        } catch let timedOut as LiveTestbed.TimedOut {
            throw timedOut
        } catch {
            return error
        }
    }

    @Test("DOCKER_TLS_VERIFY and DOCKER_CERT_PATH reach the daemon over mutual TLS: ping and info succeed")
    func environmentVariables() async throws {
        let testbed = try LiveTLSTestbed.require()
        let endpoint = try EngineEndpoint.fromEnvironment(environment(host: testbed.host, certPath: testbed.certPath))
        #expect(endpoint.tls?.verify == true)
        #expect(endpoint.tls?.certFile == testbed.certPath + "/cert.pem")
        try await EngineClient.withClient(endpoint) { client in
            let ping = try await client.ping()
            #expect(ping.osType == "linux")
            #expect(client.negotiatedVersion == min(try #require(ping.apiVersion), APIVersion.clientMaximum))
            let info = try await client.info()
            #expect(info.engineOS == .linux)
            #expect(try await client.inspectImage(LiveTestbed.image).os == "linux")
        }
    }

    @Test("over mutual TLS an attached exec gets stdin through the hijacked connection, splits its output and reports its exit code")
    func attachedExecOverTLS() async throws {
        let testbed = try LiveTLSTestbed.require()
        let endpoint = try EngineEndpoint.fromEnvironment(environment(host: testbed.host, certPath: testbed.certPath))
        try await EngineClient.withClient(endpoint) { client in try await EngineExecSessionLiveTests.exerciseAttachedExec(client) }
    }

    @Test("a docker CLI context with the TLS host and its stored certificates resolves and pings")
    func context() async throws {
        let testbed = try LiveTLSTestbed.require()
        let config = try TemporaryDirectory("docker-config")
        defer { config.remove() }
        let name = "testbed-tls"
        let id = SHA256.hexDigest(of: Array(name.utf8))
        let files = FileManager.default
        try files.createDirectory(atPath: "\(config.path)/contexts/meta/\(id)", withIntermediateDirectories: true)
        let meta = #"{"Name":"\#(name)","Metadata":{},"Endpoints":{"docker":{"Host":"\#(testbed.host)","SkipTLSVerify":false}}}"#
        try meta.write(toFile: "\(config.path)/contexts/meta/\(id)/meta.json", atomically: true, encoding: .utf8)
        let tls = "\(config.path)/contexts/tls/\(id)/docker"
        try files.createDirectory(atPath: tls, withIntermediateDirectories: true)
        for file in ["ca.pem", "cert.pem", "key.pem"] {
            try files.copyItem(atPath: testbed.certPath + "/" + file, toPath: tls + "/" + file)
        }
        let environment = ["DOCKER_CONFIG": config.path, "DOCKER_CONTEXT": name]
        let endpoint = try DockerContexts(environment: environment).resolveEndpoint(environment)
        #expect(endpoint.tls == TLSMaterial(caFile: tls + "/ca.pem", certFile: tls + "/cert.pem", keyFile: tls + "/key.pem", verify: true))
        let ping = try await EngineClient.withClient(endpoint) { client in try await client.ping() }
        #expect(ping.osType == "linux")
    }

    @Test("without a client certificate the daemon refuses the connection with an engine error")
    func noClientCertificate() async throws {
        let testbed = try LiveTLSTestbed.require()
        let certs = try LiveTLSTestbed.certDirectory(["ca.pem": "ca.pem"], from: testbed.certPath)
        defer { certs.remove() }
        let endpoint = try EngineEndpoint.fromEnvironment(environment(host: testbed.host, certPath: certs.path))
        #expect(endpoint.tls?.certFile == nil)
        let error = try await connectionError(endpoint)
        let engineError = try #require(error as? EngineError, "expected an EngineError, got \(String(describing: error))")
        guard case .unreachable(let address, let reason) = engineError else {
            Issue.record("expected .unreachable, got \(engineError)")
            return
        }
        #expect(address == endpoint.description)
        #expect(reason.contains("refused this client's certificate"), "\(reason)")
    }

    @Test("a CA that did not sign the daemon's certificate makes the client refuse the server")
    func wrongCertificateAuthority() async throws {
        let testbed = try LiveTLSTestbed.require()
        // The client certificate is a real certificate, but not the issuer of the server's.
        let certs = try LiveTLSTestbed.certDirectory(
            ["ca.pem": "cert.pem", "cert.pem": "cert.pem", "key.pem": "key.pem"], from: testbed.certPath)
        defer { certs.remove() }
        let endpoint = try EngineEndpoint.fromEnvironment(environment(host: testbed.host, certPath: certs.path))
        let error = try await connectionError(endpoint)
        let engineError = try #require(error as? EngineError, "expected an EngineError, got \(String(describing: error))")
        guard case .unreachable(_, let reason) = engineError else {
            Issue.record("expected .unreachable, got \(engineError)")
            return
        }
        #expect(reason.contains("certificate is not trusted"), "\(reason)")
    }

    @Test("DOCKER_TLS without DOCKER_TLS_VERIFY connects even though the CA is wrong")
    func withoutVerification() async throws {
        let testbed = try LiveTLSTestbed.require()
        let certs = try LiveTLSTestbed.certDirectory(
            ["ca.pem": "cert.pem", "cert.pem": "cert.pem", "key.pem": "key.pem"], from: testbed.certPath)
        defer { certs.remove() }
        let endpoint = try EngineEndpoint.fromEnvironment(environment(host: testbed.host, certPath: certs.path, verify: false))
        #expect(endpoint.tls?.verify == false)
        let ping = try await EngineClient.withClient(endpoint) { client in try await client.ping() }
        #expect(ping.osType == "linux")
    }
}
