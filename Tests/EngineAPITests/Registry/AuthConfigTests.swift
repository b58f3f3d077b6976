import Foundation
import Testing

@testable import EngineAPI

@Suite struct AuthConfigTests {
    @Test("X-Registry-Auth is the Go JSON of AuthConfig (field order, omitempty, HTML escapes) in URL-safe base64")
    func pullHeader() {
        let config = AuthConfig(username: "mxc", password: "p<w>&?", serverAddress: "127.0.0.1:23761")
        #expect(config.json == #"{"username":"mxc","password":"p\u003cw\u003e\u0026?","serveraddress":"127.0.0.1:23761"}"#)
        // Expected value from Python's base64.urlsafe_b64encode of that JSON (standard base64 would have a `/`).
        #expect(config.header == "eyJ1c2VybmFtZSI6Im14YyIsInBhc3N3b3JkIjoicFx1MDAzY3dcdTAwM2VcdTAwMjY_Iiwic2VydmVyYWRkcmVzcyI6IjEyNy4wLjAuMToyMzc2MSJ9")
    }

    @Test("no credentials encode as {} (e30=), as the CLI sends them")
    func emptyHeader() {
        #expect(AuthConfig().json == "{}")
        #expect(AuthConfig().header == "e30=")
        #expect(AuthConfig.configHeader([:]) == "e30=")
    }

    @Test("every field has its Go JSON name, quotes and controls are escaped")
    func allFields() {
        let config = AuthConfig(
            username: "u", password: "a\"b\\c\n", auth: "x", email: "e@x", serverAddress: "s", identityToken: "i", registryToken: "r")
        #expect(config.json == #"{"username":"u","password":"a\"b\\c\n","auth":"x","email":"e@x","serveraddress":"s","identitytoken":"i","registrytoken":"r"}"#)
    }

    @Test("X-Registry-Config is a JSON map with keys sorted as Go sorts them, in URL-safe base64")
    func buildHeader() throws {
        let configs = [
            "https://index.docker.io/v1/": AuthConfig(serverAddress: "https://index.docker.io/v1/", identityToken: "tok"),
            "127.0.0.1:23761": AuthConfig(username: "mxc", password: "s3cret", serverAddress: "127.0.0.1:23761"),
        ]
        let header = AuthConfig.configHeader(configs)
        #expect(header == "eyIxMjcuMC4wLjE6MjM3NjEiOnsidXNlcm5hbWUiOiJteGMiLCJwYXNzd29yZCI6InMzY3JldCIsInNlcnZlcmFkZHJlc3MiOiIxMjcuMC4wLjE6MjM3NjEifSwiaHR0cHM6Ly9pbmRleC5kb2NrZXIuaW8vdjEvIjp7InNlcnZlcmFkZHJlc3MiOiJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iLCJpZGVudGl0eXRva2VuIjoidG9rIn19")
        let decoded = try #require(Data(base64Encoded: header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")))
        let object = try #require(try JSONSerialization.jsonObject(with: decoded) as? [String: [String: String]])
        #expect(object["127.0.0.1:23761"]?["password"] == "s3cret")
    }

    @Test("image references map to the CLI's registry keys: Docker Hub to its v1 URL, others to host[:port]")
    func registryKeys() {
        #expect(RegistryHost.key(ofImage: "busybox") == "https://index.docker.io/v1/")
        #expect(RegistryHost.key(ofImage: "library/busybox:1.36") == "https://index.docker.io/v1/")
        #expect(RegistryHost.key(ofImage: "docker.io/library/busybox") == "https://index.docker.io/v1/")
        #expect(RegistryHost.key(ofImage: "index.docker.io/me/app") == "https://index.docker.io/v1/")
        #expect(RegistryHost.key(ofImage: "127.0.0.1:23761/mxc/busybox:latest") == "127.0.0.1:23761")
        #expect(RegistryHost.key(ofImage: "ghcr.io/me/app@sha256:abc") == "ghcr.io")
        #expect(RegistryHost.key(ofImage: "localhost/app") == "localhost")
        #expect(RegistryHost.key(ofImage: "Registry/app") == "Registry")
        #expect(RegistryHost.key(ofImage: "myorg/app:1") == "https://index.docker.io/v1/")
    }

    @Test("stored keys with a scheme or path reduce to host[:port]")
    func hostnames() {
        #expect(RegistryHost.hostname(of: "https://127.0.0.1:23761") == "127.0.0.1:23761")
        #expect(RegistryHost.hostname(of: "http://registry.example/v2/") == "registry.example")
        #expect(RegistryHost.hostname(of: "registry.example:5000/v1/") == "registry.example:5000")
        #expect(RegistryHost.hostname(of: "https://[::1]:5000/") == "[::1]:5000")
        #expect(RegistryHost.hostname(of: "https://index.docker.io/v1/") == "index.docker.io")
        #expect(RegistryHost.hostname(of: "ghcr.io") == "ghcr.io")
    }
}
