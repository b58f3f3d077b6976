import Foundation
import Testing

@testable import EngineAPI

/// The `proxies` of the docker CLI's `config.json`, as the CLI turns them into container variables.
@Suite struct ProxyConfigTests {
    @Test("a daemon's own entry wins over default; each set value gives an upper- and a lower-case variable")
    func proxyEnvironment() throws {
        let file = try DockerConfigFile.parse(Data("""
            {"proxies": {"default": {"httpProxy": "http://p:1", "noProxy": ""},
                         "unix:///var/run/docker.sock": {"httpsProxy": "http://s:2", "allProxy": "socks5://a:3"}}}
            """.utf8))
        #expect(file.proxyEnvironment(host: "tcp://other:2375") == ["HTTP_PROXY": "http://p:1", "http_proxy": "http://p:1"])
        #expect(file.proxyEnvironment(host: "unix:///var/run/docker.sock") == [
            "HTTPS_PROXY": "http://s:2", "https_proxy": "http://s:2", "ALL_PROXY": "socks5://a:3", "all_proxy": "socks5://a:3",
        ])
        #expect(DockerConfigFile().proxyEnvironment(host: "tcp://other:2375").isEmpty)
    }
}
