import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct PortCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "port", abstract: "Print the public port for a port binding, on the daemon the service runs on.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "tcp or udp.") var `protocol` = "tcp"
        @Option(help: "Index of the container if service has multiple replicas.") var index = 0
        @Argument(help: "The service.") var service: String
        @Argument(help: "The container port.") var privatePort: String

        func run() async throws {
            let port = try Self.privatePort(privatePort)
            let kind = self.protocol.lowercased()
            let address = try await RunnerSession.run(project, daemons) { [service, index] session in
                try await session.runner.port(
                    projectName: session.project.name, plan: session.plan, service: service, privatePort: port, protocol: kind,
                    index: index > 0 ? index : nil)
            }
            print(address)
        }

        /// The port number as Compose reads it (`strconv.ParseUint(text, 10, 16)`), with its messages.
        static func privatePort(_ text: String) throws(CommandInputError) -> Int {
            guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
                throw .invalidPort(text, outOfRange: false)
            }
            guard let value = Int(text), value <= 65535 else { throw .invalidPort(text, outOfRange: true) }
            return value
        }
    }
}
