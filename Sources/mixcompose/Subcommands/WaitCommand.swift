import ArgumentParser
import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Runner

extension MixCompose {
    struct WaitCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wait", abstract: "Block until the containers of the services stop, on both daemons.",
            discussion: "Exits with the exit code of the last container to stop, as Docker Compose does.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Flag(help: "Drops project when the first container stops.") var downProject = false
        @Argument(help: "Services to wait for.") var services: [String]

        func run() async throws {
            var status = 0
            try await LabelledSession.run(project, daemons) { [services, downProject] session in
                let code = try await session.runner.wait(projectName: session.projectName, services: services) { record, code in
                    Terminal.write(Array("container \"\(record.id)\" exited with status code \(code)\n".utf8), to: 1)
                }
                if downProject {
                    var options = DownOptions()
                    options.removeOrphans = true
                    try await session.runner.down(projectName: session.projectName, project: session.project, options: options)
                }
                return code
            } then: { status = $0 }
            if status != 0 { throw ExitCode(Int32(truncatingIfNeeded: status)) }
        }
    }
}
