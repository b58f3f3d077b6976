import ArgumentParser
import ComposeModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EngineAPI
import Runner

extension MixCompose {
    /// `docker compose export`: the container's filesystem as its daemon's tar archive, to `-o FILE` (written
    /// whole or not at all) or to standard output, which must not be a terminal.
    struct ExportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Export a service container's filesystem as a tar archive, from the daemon it runs on.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Index of the container if the service has multiple replicas.") var index: Int?
        @Option(name: [.customShort("o"), .long], help: "Write to a file, instead of STDOUT.") var output: String?
        @Argument(help: "The service.") var service: String

        func run() async throws {
            if output == nil, isatty(STDOUT_FILENO) == 1 {
                throw RunnerError.invalidSetting("output option is required when exporting to terminal")
            }
            let file: OutputFile?
            do {
                file = try output.map { try OutputFile(path: $0) }
            } catch {
                throw RunnerError.invalidSetting("failed to export container: \(error)")
            }
            do {
                try await RunnerSession.run(project, daemons) { [service, index] session in
                    _ = try await session.runner.export(
                        projectName: session.project.name, plan: session.plan, service: service, index: index.flatMap { $0 > 0 ? $0 : nil }
                    ) { bytes in
                        if let file { try file.append(bytes) } else { POSIXIO.writeAll(bytes, to: STDOUT_FILENO) }
                    }
                }
                try file?.commit()
            } catch {
                file?.discard()
                throw error
            }
        }
    }
}
