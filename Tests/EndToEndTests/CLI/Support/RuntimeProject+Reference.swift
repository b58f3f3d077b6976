import Foundation

extension RuntimeProject {
    /// Runs Docker Compose v2 (the reference) as `docker compose -p <name> arguments` in the project directory,
    /// against the linux testbed daemon, with a clean environment.
    func runReference(_ arguments: [String]) throws -> CommandResult {
        runReference(at: try Testbed.requireReferenceCompose(), arguments)
    }

    /// The same with the reference binary at `reference`.
    func runReference(at reference: String, _ arguments: [String]) -> CommandResult {
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
            "DOCKER_HOST": testbed.linuxHost,
        ]
        return ProcessRunner.run(reference, ["-p", name] + arguments, environment: environment, directory: files.directory)
    }
}
