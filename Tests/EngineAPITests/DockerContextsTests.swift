import Foundation
import Testing

@testable import EngineAPI

@Suite struct DockerContextsTests {
    /// A config directory with `config.json` and the given contexts (name → meta.json text, with TLS files or not).
    private func withConfigDirectory<R>(
        current: String?, contexts: [String: (meta: String, tls: Bool)], _ body: (String) throws -> R
    ) throws -> R {
        let directory = NSTemporaryDirectory() + "docker-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = FileManager.default
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let current {
            try #"{"auths":{},"currentContext":"\#(current)"}"#.write(toFile: directory + "/config.json", atomically: true, encoding: .utf8)
        }
        for (name, context) in contexts {
            let id = SHA256.hexDigest(of: Array(name.utf8))
            try files.createDirectory(atPath: "\(directory)/contexts/meta/\(id)", withIntermediateDirectories: true)
            try context.meta.write(toFile: "\(directory)/contexts/meta/\(id)/meta.json", atomically: true, encoding: .utf8)
            if context.tls {
                let tls = "\(directory)/contexts/tls/\(id)/docker"
                try files.createDirectory(atPath: tls, withIntermediateDirectories: true)
                for file in ["ca.pem", "cert.pem", "key.pem"] { try "x".write(toFile: "\(tls)/\(file)", atomically: true, encoding: .utf8) }
            }
        }
        return try body(directory)
    }

    private let lcowMeta = #"{"Name":"lcow","Metadata":{},"Endpoints":{"docker":{"Host":"tcp://winhost:2376","SkipTLSVerify":false}}}"#
    private let linuxMeta = #"{"Name":"linux","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///run/l.sock","SkipTLSVerify":false}}}"#

    @Test("SHA-256 matches the standard test vectors")
    func sha256() {
        #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hexDigest(of: long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("the current context's endpoint and TLS files are used")
    func currentContext() throws {
        try withConfigDirectory(current: "lcow", contexts: ["lcow": (lcowMeta, true), "linux": (linuxMeta, false)]) { directory throws in
            let endpoint = try DockerContexts(directory: directory).resolveEndpoint([:])
            #expect(endpoint.transport == .tcp(host: "winhost", port: 2376, basePath: ""))
            let id = SHA256.hexDigest(of: Array("lcow".utf8))
            #expect(endpoint.tls?.caFile == "\(directory)/contexts/tls/\(id)/docker/ca.pem")
            #expect(endpoint.tls?.keyFile == "\(directory)/contexts/tls/\(id)/docker/key.pem")
            #expect(endpoint.tls?.verify == true)
        }
    }

    @Test("DOCKER_CONTEXT beats currentContext, and DOCKER_HOST beats both")
    func precedence() throws {
        try withConfigDirectory(current: "lcow", contexts: ["lcow": (lcowMeta, false), "linux": (linuxMeta, false)]) { directory throws in
            let contexts = DockerContexts(directory: directory)
            #expect(try contexts.resolveEndpoint(["DOCKER_CONTEXT": "linux"]).transport == .unix(path: "/run/l.sock"))
            let both = ["DOCKER_CONTEXT": "linux", "DOCKER_HOST": "tcp://other:1"]
            #expect(try contexts.resolveEndpoint(both).transport == .tcp(host: "other", port: 1, basePath: ""))
            #expect(try contexts.selectedContextName(both) == "default")
        }
    }

    @Test("no config.json means the default context from the environment")
    func noConfig() throws {
        try withConfigDirectory(current: nil, contexts: [:]) { directory throws in
            #expect(try DockerContexts(directory: directory).resolveEndpoint([:]) == .localDefault)
        }
    }

    @Test("SkipTLSVerify alone enables TLS without verification")
    func skipVerify() throws {
        let meta = #"{"Name":"w","Endpoints":{"docker":{"Host":"tcp://w:2376","SkipTLSVerify":true}}}"#
        try withConfigDirectory(current: "w", contexts: ["w": (meta, false)]) { directory throws in
            let endpoint = try DockerContexts(directory: directory).resolveEndpoint([:])
            #expect(endpoint.tls == TLSMaterial(verify: false))
        }
    }

    @Test("an unknown context name is an invalid endpoint naming the context")
    func unknownContext() throws {
        try withConfigDirectory(current: "ghost", contexts: [:]) { directory throws in
            let error = #expect(throws: EngineError.self) { try DockerContexts(directory: directory).resolveEndpoint([:]) }
            #expect(error?.description.contains("context \"ghost\" not found") == true)
        }
    }

    @Test("the config directory is DOCKER_CONFIG, else ~/.docker")
    func configDirectory() {
        #expect(DockerContexts.configDirectory(["DOCKER_CONFIG": "/cfg", "HOME": "/home/u"]) == "/cfg")
        #expect(DockerContexts.configDirectory(["HOME": "/home/u"]) == "/home/u/.docker")
    }

    private func meta(_ name: String, _ host: String) -> String {
        #"{"Name":"\#(name)","Metadata":{},"Endpoints":{"docker":{"Host":"\#(host)","SkipTLSVerify":false}}}"#
    }

    @Test("Docker Desktop's contexts are known by name when the config directory lacks them")
    func desktopDefaults() throws {
        let stored = ["desktop-windows": (meta("desktop-windows", "tcp://winhost:2375"), false)]
        try withConfigDirectory(current: nil, contexts: stored) { directory throws in
            let contexts = DockerContexts(directory: directory)
            #expect(try contexts.endpoint(named: "desktop-linux").transport == .namedPipe(path: #"\\.\pipe\dockerDesktopLinuxEngine"#))
            // A stored context wins over the built-in pipe.
            #expect(try contexts.endpoint(named: "desktop-windows").transport == .tcp(host: "winhost", port: 2375, basePath: ""))
            #expect(throws: EngineError.self) { try contexts.endpoint(named: "desktop-other") }
        }
        #expect(DockerContexts.desktopPipes["desktop-windows"] == "npipe:////./pipe/dockerDesktopWindowsEngine")
    }

    @Test("both Desktop contexts stored and a Desktop context selected: each engine serves its own role")
    func desktopPair() throws {
        let both = [
            "desktop-linux": (meta("desktop-linux", "npipe:////./pipe/dockerDesktopLinuxEngine"), false),
            "desktop-windows": (meta("desktop-windows", "npipe:////./pipe/dockerDesktopWindowsEngine"), false),
            "remote": (linuxMeta, false),
        ]
        try withConfigDirectory(current: "desktop-linux", contexts: both) { directory throws in
            let contexts = DockerContexts(directory: directory)
            #expect(try contexts.offersDesktopPair([:]))
            #expect(try contexts.offersDesktopPair(["DOCKER_CONTEXT": "default"]))
            #expect(try !contexts.offersDesktopPair(["DOCKER_HOST": "unix:///run/x.sock"]))
            #expect(try !contexts.offersDesktopPair(["DOCKER_CONTEXT": "remote"]))
        }
        try withConfigDirectory(current: nil, contexts: ["desktop-linux": both["desktop-linux"]!]) { directory throws in
            #expect(try !DockerContexts(directory: directory).offersDesktopPair([:]))
        }
    }
}
