import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Runner

extension MixCompose {
    struct BuildCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Build or rebuild the images of services with build:, each on the daemon it runs on.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Do not use cache when building the image.") var noCache = false
        @Flag(help: "Always attempt to pull a newer version of the image.") var pull = false
        @Option(help: "Set build-time variables for services (KEY=VALUE, or KEY to take it from the environment).") var buildArg: [String] = []
        @Flag(name: .shortAndLong, help: "Suppress the build output.") var quiet = false
        @Flag(help: "Also build dependencies (transitively).") var withDependencies = false
        @Flag(help: "Push service images.") var push = false
        @Argument(help: "Services to build.") var services: [String] = []

        func run() async throws {
            var options = BuildOptions()
            options.services = services
            options.noCache = noCache
            options.pull = pull
            options.withDependencies = withDependencies
            let environment = ProcessInfo.processInfo.environment
            // As Compose: `KEY` alone takes the value from the environment, and is left out when unset there.
            for entry in buildArg {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { options.args[parts[0]] = parts[1] } else if let value = environment[entry] { options.args[entry] = value }
            }
            try await RunnerSession.run(project, daemons, quiet: quiet) { [options, push] session in
                try await session.runner.build(session.project, plan: session.plan, options: options)
                // As Compose's `--push`: the images just built, of the same services.
                if push {
                    var transfer = TransferOptions()
                    transfer.services = options.services
                    transfer.includeDeps = options.withDependencies
                    try await session.runner.push(session.project, plan: session.plan, options: transfer)
                }
            }
        }
    }
}
