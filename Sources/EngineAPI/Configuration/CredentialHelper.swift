#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOConcurrencyHelpers

/// A docker credential helper, `docker-credential-<suffix>` on `PATH`, asked as the docker CLI asks it:
/// the action as argument, the registry key on standard input, JSON on standard output.
///
/// It lives in EngineAPI next to the config file it is named in: running it needs no Compose
/// knowledge, and every client of the Engine API that pulls or builds needs it.
package struct CredentialHelper: Sendable {
    /// The suffix named in `credsStore` or `credHelpers`.
    package var suffix: String
    /// The environment the helper runs in; its `PATH` is searched for the program.
    package var environment: [String: String]

    /// A helper named by `suffix`, found on the `PATH` of `environment`.
    package init(_ suffix: String, environment: [String: String]) {
        self.suffix = suffix
        self.environment = environment
    }

    /// The program's name.
    package var program: String { "docker-credential-" + suffix }

    /// `get`: the credentials stored for `key`, or nil when the helper has none
    /// ("credentials not found in native keychain"). A `<token>` username makes the secret an identity token.
    package func get(_ key: String) async throws(CredentialsError) -> AuthConfig? {
        let (status, output) = try await run("get", input: key)
        guard status == 0 else {
            if output.contains("credentials not found in native keychain") { return nil }
            throw .helper(program: program, reason: "get \(key) exited with status \(status): \(output)")
        }
        struct Answer: Decodable {
            var Username: String?
            var Secret: String?
        }
        guard let answer = try? JSONDecoder().decode(Answer.self, from: Data(output.utf8)) else {
            throw .helper(program: program, reason: "get \(key) answered no credentials JSON: \(output)")
        }
        var config = AuthConfig(serverAddress: key)
        if answer.Username == "<token>" {
            config.identityToken = answer.Secret ?? ""
        } else {
            config.username = answer.Username ?? ""
            config.password = answer.Secret ?? ""
        }
        return config
    }

    /// `list`: every key the helper stores credentials for, with its username.
    package func list() async throws(CredentialsError) -> [String: String] {
        let (status, output) = try await run("list", input: "unused")
        guard status == 0 else { throw .helper(program: program, reason: "list exited with status \(status): \(output)") }
        guard let keys = try? JSONDecoder().decode([String: String].self, from: Data(output.utf8)) else {
            throw .helper(program: program, reason: "list answered no JSON object: \(output)")
        }
        return keys
    }

    /// The path of the first executable called `name` in the `PATH` of `environment`.
    static func executable(_ name: String, environment: [String: String]) -> String? {
        ExecutableSearch.find(name, environment: environment) { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs the helper with `action`, feeding it `input`; returns its exit status and trimmed standard output.
    private func run(_ action: String, input: String) async throws(CredentialsError) -> (Int32, String) {
        guard let path = Self.executable(program, environment: environment) else {
            throw .helper(program: program, reason: "executable file not found in $PATH")
        }
        let exit = AsyncStream<Int32>.makeStream()
        let stdout: CInt
        do {
            stdout = try SessionSpawn.lock.withLock { () throws -> CInt in
                let toHelper = try SessionSpawn.cloexecPipe(), fromHelper = try SessionSpawn.cloexecPipe()
                let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
                defer { for fd in [toHelper.read, fromHelper.write, null] { close(fd) } }
                // The input (a registry key) fits in the pipe's buffer: written before the helper starts, it
                // cannot raise SIGPIPE when a helper exits without reading it.
                POSIXIO.writeAll(input, to: toHelper.write)
                close(toHelper.write)
                do {
                    // Its own process group, as Foundation's `Process` started it: a terminal's Ctrl-C is mixcompose's.
                    _ = try SessionSpawn.spawn(
                        executable: path, arguments: [action], environment: environment,
                        stdio: (toHelper.read, fromHelper.write, null), newSession: false,
                        ended: { status, _ in exit.continuation.yield(status); exit.continuation.finish() })
                } catch {
                    close(fromHelper.read)
                    throw error
                }
                return fromHelper.read
            }
        } catch {
            throw .helper(program: program, reason: "cannot run \(path): \(error)")
        }
        let output = await POSIXIO.readAll(stdout)
        close(stdout)
        var status: Int32 = -1
        for await code in exit.stream { status = code }
        return (status, String(decoding: output, as: UTF8.self).trimmingWhitespace())
    }
}
