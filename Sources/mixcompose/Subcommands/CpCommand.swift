import ArgumentParser
import ComposeModel
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
import EngineAPI
import Runner

extension MixCompose {
    struct CpCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cp",
            abstract: "Copy files/folders between a service container and the local filesystem, on the daemon it runs on.",
            usage: "mixcompose cp [OPTIONS] SERVICE:SRC_PATH DEST_PATH|-\n       mixcompose cp [OPTIONS] SRC_PATH|- SERVICE:DEST_PATH")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Index of the container if service has multiple replicas.") var index: Int?
        @Flag(help: "Include containers created by the run command.") var all = false
        @Flag(name: [.customShort("L"), .long], help: "Always follow symbol link in SRC_PATH.") var followLink = false
        @Flag(name: [.customShort("a"), .customLong("archive")], help: "Archive mode (copy all uid/gid information).") var archive = false
        @Argument(help: "SERVICE:SRC_PATH DEST_PATH, or SRC_PATH SERVICE:DEST_PATH.") var paths: [String] = []

        func validate() throws {
            guard paths.count == 2 else { throw ValidationError("cp requires exactly 2 arguments") }
        }

        func run() async throws {
            // Compose's own checks, made before anything is loaded or asked.
            if paths[0].isEmpty { throw RunnerError.invalidSetting("source can not be empty") }
            if paths[1].isEmpty { throw RunnerError.invalidSetting("destination can not be empty") }
            var options = CopyOptions(source: paths[0], destination: paths[1])
            options.index = index.flatMap { $0 > 0 ? $0 : nil }
            options.all = all
            options.followLink = followLink
            options.archive = archive
            try await RunnerSession.run(project, daemons) { [options] session in
                try await session.runner.copy(
                    projectName: session.project.name, plan: session.plan, options: options,
                    input: { POSIXIO.readAll(STDIN_FILENO) },
                    output: { POSIXIO.writeAll($0, to: STDOUT_FILENO) })
            }
        }
    }
}
