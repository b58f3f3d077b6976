import Foundation
import Testing

@testable import EngineAPI

/// The testbed's Linux daemon on TCP with mutual TLS: `MIXCOMPOSE_TESTBED_LINUX_TLS_HOST` and the directory of
/// its `ca.pem`, `cert.pem` and `key.pem`, `MIXCOMPOSE_TESTBED_TLS_CERT_PATH`.
///
/// Without them the TLS live tests skip with a notice, except in CI (`CI=true`), where they run and fail.
enum LiveTLSTestbed {
    static let hostVariable = "MIXCOMPOSE_TESTBED_LINUX_TLS_HOST"
    static let certPathVariable = "MIXCOMPOSE_TESTBED_TLS_CERT_PATH"

    private static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// True when the TLS live tests must run: the testbed is configured, or this is CI and its absence is a failure.
    static let isEnabled: Bool = {
        if value(hostVariable) != nil && value(certPathVariable) != nil { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        print("notice: \(hostVariable) or \(certPathVariable) is not set; skipping TLS live engine tests (scripts/testbed starts the daemons)")
        return false
    }()

    /// The TLS address and certificate directory; throws "testbed not running" when either is not configured.
    static func require() throws -> (host: String, certPath: String) {
        guard let host = value(hostVariable), let certPath = value(certPathVariable) else { throw TestbedMissing() }
        return (host, certPath)
    }

    /// A fresh temporary directory holding copies of the testbed's PEM files, renamed: `[target: source]`, e.g.
    /// `["ca.pem": "cert.pem"]` makes a `ca.pem` that is really the client certificate.
    static func certDirectory(_ files: [String: String], from certPath: String) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory("tls")
        for (target, source) in files {
            try FileManager.default.copyItem(atPath: certPath + "/" + source, toPath: directory.path + "/" + target)
        }
        return directory
    }

    struct TestbedMissing: Error, CustomStringConvertible {
        var description: String {
            "testbed not running: set \(LiveTLSTestbed.hostVariable) and \(LiveTLSTestbed.certPathVariable) (eval \"$(scripts/testbed env)\")"
        }
    }
}

/// A directory below the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    /// Creates `<tmp>/mixcompose-<label>-<uuid>`.
    init(_ label: String) throws {
        path = NSTemporaryDirectory() + "mixcompose-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
