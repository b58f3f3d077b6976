/// Paths of the PEM files used for a TLS connection to a TCP engine, and whether to verify the server.
package struct TLSMaterial: Sendable, Hashable {
    /// Root CA bundle (`ca.pem`); nil uses the system roots.
    package var caFile: String?
    /// Client certificate (`cert.pem`); sent only together with `keyFile`.
    package var certFile: String?
    /// Client private key (`key.pem`), unencrypted.
    package var keyFile: String?
    /// Verify the server's certificate and host name (`DOCKER_TLS_VERIFY`).
    package var verify: Bool

    /// Creates TLS settings from optional file paths.
    package init(caFile: String? = nil, certFile: String? = nil, keyFile: String? = nil, verify: Bool) {
        self.caFile = caFile
        self.certFile = certFile
        self.keyFile = keyFile
        self.verify = verify
    }

    /// The `ca.pem`, `cert.pem` and `key.pem` that exist in `directory` (missing ones are left out, as the docker CLI does).
    package static func files(in directory: String, verify: Bool, fileExists: (String) -> Bool) -> TLSMaterial {
        func existing(_ name: String) -> String? {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            return fileExists(path) ? path : nil
        }
        return TLSMaterial(caFile: existing("ca.pem"), certFile: existing("cert.pem"), keyFile: existing("key.pem"), verify: verify)
    }
}
