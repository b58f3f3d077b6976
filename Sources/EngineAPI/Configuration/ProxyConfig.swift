/// One entry of `proxies` in the docker CLI's `config.json`: what the CLI, and Docker Compose, put
/// into every container's environment for a daemon.
package struct ProxyConfig: Decodable, Sendable, Hashable {
    package var httpProxy: String?
    package var httpsProxy: String?
    package var noProxy: String?
    package var ftpProxy: String?
    package var allProxy: String?

    /// Settings with nothing set.
    package init(
        httpProxy: String? = nil, httpsProxy: String? = nil, noProxy: String? = nil, ftpProxy: String? = nil,
        allProxy: String? = nil
    ) {
        self.httpProxy = httpProxy
        self.httpsProxy = httpsProxy
        self.noProxy = noProxy
        self.ftpProxy = ftpProxy
        self.allProxy = allProxy
    }

    /// `HTTP_PROXY` and `http_proxy` (and so on) for each value that is set and not empty.
    package var environment: [String: String] {
        var result: [String: String] = [:]
        let values = [
            ("HTTP_PROXY", httpProxy), ("HTTPS_PROXY", httpsProxy), ("NO_PROXY", noProxy), ("FTP_PROXY", ftpProxy),
            ("ALL_PROXY", allProxy),
        ]
        for case (let name, let value?) in values where !value.isEmpty {
            result[name] = value
            result[name.lowercased()] = value
        }
        return result
    }
}
