import Foundation
import Testing

/// One project of Tests/EndToEndTests/UpFixtures: every subdirectory with a `compose.yaml` is a case.
///
/// Optional files in a case directory:
/// - `MODE`: `up` (the default) — both tools' `up -d` must succeed and the running containers are
///   compared; `up-fails` — both tools' `up -d` must fail because the daemon cannot start the
///   containers (GPUs without a driver, …), and the containers both created are compared;
///   `refused` — both must refuse the project before creating its container (a field the daemon's
///   API version cannot carry), and mixcompose's error must contain Compose's last error line.
/// - `ENV`: `KEY=value` lines given to both tools (for interpolation).
/// - `RECREATE`: `KEY=value` lines added to `ENV` for a second `up -d` that must recreate the
///   containers (the compose file interpolates them); the recreated containers are compared, and so
///   is which of their anonymous volumes each tool carried over (`Recreated.<path>`).
/// - `docker-config/`: the docker CLI configuration directory (`DOCKER_CONFIG`) both tools use, for
///   its `proxies`; without it both get an empty one.
/// Anything else in the directory (env files, label files, seccomp profiles, bind sources) is just
/// part of the project. Cases run concurrently with each other (and with other suites), so a case
/// that fixes a subnet or host port picks one no other case or test uses.
struct UpParityCase: Sendable, CustomTestStringConvertible {
    let name: String
    let directory: String
    let expectsFailure: Bool
    let expectsRefusal: Bool
    let environment: [String: String]
    let recreate: [String: String]

    var testDescription: String { name }

    static let root = MixComposeBinary.repository + "/Tests/EndToEndTests/UpFixtures"

    /// Every case, sorted by name.
    static func all() -> [UpParityCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().compactMap { name in
            let directory = root + "/" + name
            guard FileManager.default.fileExists(atPath: directory + "/compose.yaml") else { return nil }
            let mode = lines(directory + "/MODE").first ?? "up"
            return UpParityCase(
                name: name, directory: directory, expectsFailure: mode == "up-fails" || mode == "refused",
                expectsRefusal: mode == "refused", environment: variables(directory + "/ENV"),
                recreate: variables(directory + "/RECREATE"))
        }
    }

    private static func variables(_ path: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in lines(path) {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            result[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        return result
    }

    private static func lines(_ path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// `docker compose -p project arguments` in the case directory, against the linux testbed daemon.
    func reference(
        _ arguments: [String], project: String, compose: String, testbed: Testbed, extra: [String: String] = [:]
    ) -> CommandResult {
        var variables = baseEnvironment.merging(extra) { _, new in new }
        variables["DOCKER_HOST"] = testbed.linuxHost
        variables["DOCKER_CONFIG"] = dockerConfig
        return ProcessRunner.run(compose, ["-p", project] + arguments, environment: variables, directory: directory, timeout: 120)
    }

    /// `mixcompose -p project arguments` in the case directory, with both testbed daemons (the Windows
    /// role played by a stand-in; the testbed's images are Linux images, so everything lands on linux).
    func mixcompose(
        _ arguments: [String], project: String, binary: MixComposeBinary, testbed: Testbed, extra: [String: String] = [:]
    ) -> CommandResult {
        var variables = environment.merging(extra) { _, new in new }
        variables["MIXCOMPOSE_WINDOWS_STANDIN"] = "1"
        variables["DOCKER_CONFIG"] = dockerConfig
        return binary.run(
            ["--linux-host", testbed.linuxHost, "--windows-host", testbed.windowsHost, "-p", project] + arguments,
            in: directory, environment: variables, timeout: 120)
    }

    /// The case's `docker-config/`, else a directory without `config.json`, so that the user's own
    /// proxy settings reach neither tool.
    private var dockerConfig: String {
        let own = directory + "/docker-config"
        return FileManager.default.fileExists(atPath: own) ? own : NSTemporaryDirectory() + "mxc-parity-no-docker-config"
    }

    private var baseEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var variables = [
            "PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp", "TMPDIR": inherited["TMPDIR"] ?? "/tmp",
        ]
        variables.merge(environment) { _, new in new }
        return variables
    }
}
