import ArgumentParser
import ComposeModel

extension MixCompose {
    struct ConfigCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Parse, resolve and render the project in canonical form, as `docker compose config` does.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case yaml, json
        }

        @OptionGroup var project: ProjectOptions
        @Option(help: "Output format: yaml or json.") var format: Format = .yaml
        @Flag(help: "Print the service names, one per line.") var services = false
        @Flag(name: .shortAndLong, help: "Only validate; print nothing.") var quiet = false
        @Flag(help: "Don't interpolate environment variables.") var noInterpolate = false
        @Argument(help: "Restrict the output to these services.") var serviceNames: [String] = []

        func run() async throws {
            let loaded = try ProjectSession.load(project, services: serviceNames, interpolate: !noInterpolate)
            if quiet { return }
            if services {
                print(loaded.project.serviceNames.joined(separator: "\n"))
                return
            }
            // Without interpolation `$` is still a variable reference, so it is not escaped as `$$`.
            let escape = !noInterpolate
            switch format {
            case .json: print(ConfigRenderer.json(loaded.tree, escapeDollars: escape))
            case .yaml: print(ConfigRenderer.yaml(loaded.tree, escapeDollars: escape), terminator: "")
            }
        }
    }
}
