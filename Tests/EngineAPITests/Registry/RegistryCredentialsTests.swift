import Foundation
import Testing

@testable import EngineAPI

/// Config files and real credential-helper processes (shell scripts written per test).
@Suite struct RegistryCredentialsTests {
    /// A config directory holding `config`, and a `bin` directory with two helpers: `store` answers
    /// user `alice`, `special` user `bob`; both answer `<token>` for token.example, fail for broken.example
    /// and know nothing else. Each call is appended to `calls.log` as `<helper> <action> <key>`.
    private struct Setup {
        let directory = NSTemporaryDirectory() + "mxc-registry-creds-\(UUID().uuidString)"
        var bin: String { directory + "/bin" }
        var environment: [String: String] { ["DOCKER_CONFIG": directory, "PATH": bin + ":/usr/bin:/bin"] }
        var credentials: RegistryCredentials { RegistryCredentials(environment: environment) }

        init(config: String?) throws {
            try FileManager.default.createDirectory(atPath: directory + "/bin", withIntermediateDirectories: true)
            if let config { try config.write(toFile: directory + "/config.json", atomically: true, encoding: .utf8) }
            for (name, user) in [("store", "alice"), ("special", "bob")] {
                let script = """
                    #!/bin/sh
                    key=$(cat)
                    echo "\(name) $1 $key" >>"\(directory)/calls.log"
                    case "$1" in
                    list) printf '{"store.example":"\(user)","token.example":"<token>"}' ;;
                    get)
                        case "$key" in
                        token.example) printf '{"ServerURL":"%s","Username":"<token>","Secret":"tok-\(name)"}' "$key" ;;
                        broken.example) echo "keychain locked"; exit 3 ;;
                        *.example|127.0.0.1:*) printf '{"ServerURL":"%s","Username":"\(user)","Secret":"pw-\(name)"}' "$key" ;;
                        *) echo "credentials not found in native keychain"; exit 1 ;;
                        esac ;;
                    esac
                    """
                let path = "\(directory)/bin/docker-credential-\(name)"
                try script.write(toFile: path, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
        }

        var calls: [String] {
            ((try? String(contentsOfFile: directory + "/calls.log", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        func remove() { try? FileManager.default.removeItem(atPath: directory) }
    }

    @Test("auths entries: base64 auth split at the first colon, username/password, identity token, legacy URL keys")
    func fileEntries() async throws {
        let setup = try Setup(config: """
            {"auths": {
              "127.0.0.1:23761": {"auth": "\(Data("mxc:pa:ss".utf8).base64EncodedString())", "username": "ignored"},
              "plain.example": {"username": "carol", "password": "pw", "email": "c@x"},
              "https://index.docker.io/v1/": {"identitytoken": "hub-token"},
              "https://legacy.example:5000/v1/": {"auth": "\(Data("old:pw".utf8).base64EncodedString())"}
            }}
            """)
        defer { setup.remove() }
        let credentials = setup.credentials
        let local = try await credentials.authConfig(forImage: "127.0.0.1:23761/mxc/busybox:latest")
        #expect(local == AuthConfig(username: "mxc", password: "pa:ss", serverAddress: "127.0.0.1:23761"))
        #expect(try await credentials.authConfig(for: "plain.example")
            == AuthConfig(username: "carol", password: "pw", email: "c@x", serverAddress: "plain.example"))
        #expect(try await credentials.authConfig(forImage: "busybox")
            == AuthConfig(serverAddress: "https://index.docker.io/v1/", identityToken: "hub-token"))
        let legacy = try await credentials.authConfig(forImage: "legacy.example:5000/app")
        #expect(legacy == AuthConfig(username: "old", password: "pw", serverAddress: "https://legacy.example:5000/v1/"))
        #expect(try await credentials.authConfig(forImage: "unknown.example/app") == AuthConfig())
    }

    @Test("credHelpers wins for its own registry, credsStore answers every other, the file only lends its email")
    func helperPrecedence() async throws {
        let setup = try Setup(config: """
            {"credsStore": "store", "credHelpers": {"special.example": "special"},
             "auths": {"special.example": {"email": "s@x", "username": "file-user", "password": "file-pw"}}}
            """)
        defer { setup.remove() }
        let credentials = setup.credentials
        #expect(try await credentials.authConfig(forImage: "special.example/app")
            == AuthConfig(username: "bob", password: "pw-special", email: "s@x", serverAddress: "special.example"))
        #expect(try await credentials.authConfig(forImage: "other.example/app")
            == AuthConfig(username: "alice", password: "pw-store", serverAddress: "other.example"))
        #expect(try await credentials.authConfig(forImage: "token.example/app")
            == AuthConfig(serverAddress: "token.example", identityToken: "tok-store"))
        // "credentials not found" is no error: the pull goes anonymous.
        #expect(try await credentials.authConfig(forImage: "busybox") == AuthConfig())
        #expect(setup.calls == [
            "special get special.example", "store get other.example", "store get token.example",
            "store get https://index.docker.io/v1/",
        ])
    }

    @Test("a failing or missing helper is an error naming the program and what it printed")
    func helperFailures() async throws {
        let setup = try Setup(config: #"{"credHelpers": {"broken.example": "store", "gone.example": "absent"}}"#)
        defer { setup.remove() }
        await #expect(throws: CredentialsError.helper(
            program: "docker-credential-store", reason: "get broken.example exited with status 3: keychain locked")
        ) {
            try await setup.credentials.authConfig(forImage: "broken.example/app")
        }
        await #expect(throws: CredentialsError.helper(program: "docker-credential-absent", reason: "executable file not found in $PATH")) {
            try await setup.credentials.authConfig(forImage: "gone.example/app")
        }
    }

    @Test("all credentials for a build: the credsStore's list, then each credHelpers registry; a failing one is left out")
    func allCredentials() async throws {
        let setup = try Setup(config: """
            {"credsStore": "store", "credHelpers": {"store.example": "special", "broken.example": "special"},
             "auths": {"file.example": {"username": "f", "password": "p"}}}
            """)
        defer { setup.remove() }
        let all = try await setup.credentials.all()
        #expect(all == [
            "store.example": AuthConfig(username: "bob", password: "pw-special", serverAddress: "store.example"),
            "token.example": AuthConfig(serverAddress: "token.example", identityToken: "tok-store"),
        ])
    }

    @Test("without a credsStore a build sends the file's auths")
    func allFromFile() async throws {
        let setup = try Setup(config: #"{"auths": {"127.0.0.1:23761": {"username": "mxc", "password": "pw"}}}"#)
        defer { setup.remove() }
        #expect(try await setup.credentials.all() == ["127.0.0.1:23761": AuthConfig(username: "mxc", password: "pw", serverAddress: "127.0.0.1:23761")])
        #expect(setup.calls.isEmpty)
    }

    @Test("a config file without credentials uses the CLI's default store: secretservice, or pass when pass is installed")
    func defaultStore() async throws {
        let setup = try Setup(config: "{}")
        defer { setup.remove() }
        try #require(!FileManager.default.fileExists(atPath: "/usr/bin/pass") && !FileManager.default.fileExists(atPath: "/bin/pass"))
        try FileManager.default.copyItem(atPath: setup.bin + "/docker-credential-store", toPath: setup.bin + "/docker-credential-secretservice")
        #expect(try await setup.credentials.authConfig(forImage: "other.example/app")
            == AuthConfig(username: "alice", password: "pw-store", serverAddress: "other.example"))
        // With `pass` installed the default is docker-credential-pass, which is missing here: no store at all.
        try FileManager.default.copyItem(atPath: setup.bin + "/docker-credential-store", toPath: setup.bin + "/pass")
        #expect(try await setup.credentials.authConfig(forImage: "other.example/app") == AuthConfig())
        #expect(setup.calls == ["store get other.example"])
    }

    @Test("an absent config file means no credentials; a broken one is an error naming the file")
    func configFileProblems() async throws {
        let absent = try Setup(config: nil)
        defer { absent.remove() }
        #expect(try await absent.credentials.authConfig(forImage: "127.0.0.1:23761/app") == AuthConfig())
        #expect(try await absent.credentials.all().isEmpty)
        let broken = try Setup(config: #"{"auths": {"r.example": {"auth": "bm9jb2xvbg=="}}}"#)
        defer { broken.remove() }
        await #expect(throws: CredentialsError.unreadableConfig(
            path: broken.directory + "/config.json", reason: "auths.r.example.auth is not base64 of username:password")
        ) {
            try await broken.credentials.authConfig(forImage: "r.example/app")
        }
        #expect(try await RegistryCredentials().authConfig(forImage: "r.example/app") == AuthConfig())
    }
}
