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
        @Flag(help: "Print the image names, one per line.") var images = false
        @Flag(help: "Print the volume names, one per line.") var volumes = false
        @Flag(help: "Print the network names, one per line.") var networks = false
        @Flag(help: "Print the profile names, one per line.") var profiles = false
        @Flag(name: .shortAndLong, help: "Only validate; print nothing.") var quiet = false
        @Flag(help: "Don't interpolate environment variables.") var noInterpolate = false
        @Argument(help: "Restrict the output to these services.") var serviceNames: [String] = []

        func run() async throws {
            let listings: [(Bool, ConfigListing)] = [
                (services, .services), (images, .images), (volumes, .volumes), (networks, .networks), (profiles, .profiles),
            ]
            let listing = listings.first(where: \.0)?.1
            let narrowed = listing?.honoursServiceSelection ?? true
            let loaded = try ProjectSession.load(project, services: narrowed ? serviceNames : [], interpolate: !noInterpolate)
            if quiet { return }
            if let listing {
                for line in listing.lines(of: loaded.project, loaded: loaded.result) { print(line) }
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
