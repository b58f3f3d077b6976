import ArgumentParser
import ComposeModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        @Option(help: ArgumentHelp("Print the service config hash, one per line.", valueName: "SERVICE,…|*"))
        var hash: String?
        @Flag(name: .shortAndLong, help: "Only validate; print nothing.") var quiet = false
        @Flag(help: "Don't interpolate environment variables.") var noInterpolate = false
        @Option(name: [.customShort("o"), .long], help: "Save the rendered project to this file (default: standard output).")
        var output: String?
        @Argument(help: "Restrict the output to these services.") var serviceNames: [String] = []

        func run() async throws {
            let listings: [(Bool, ConfigListing)] = [
                (services, .services), (images, .images), (volumes, .volumes), (networks, .networks), (profiles, .profiles),
            ]
            let listing = listings.first(where: \.0)?.1
            // Compose checks --services, --volumes and --networks first, then --hash (even with -q).
            if let hash, !hash.isEmpty, !(services || volumes || networks) { return try printHashes(hash) }
            let narrowed = listing?.honoursServiceSelection ?? true
            let loaded = try ProjectSession.load(project, services: narrowed ? serviceNames : [], interpolate: !noInterpolate)
            if quiet { return }
            if let listing {
                for line in listing.lines(of: loaded.project, loaded: loaded.result) { print(line) }
                return
            }
            // Without interpolation `$` is still a variable reference, so it is not escaped as `$$`.
            let escape = !noInterpolate
            let text = switch format {
            case .json: ConfigRenderer.json(loaded.tree, escapeDollars: escape) + "\n"
            case .yaml: ConfigRenderer.yaml(loaded.tree, escapeDollars: escape)
            }
            guard let output else { return print(text, terminator: "") }
            // As Compose's `os.WriteFile(…, 0o666)`: created with the umask's permissions, replaced when present.
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                printToStandardError("error: cannot write \(output): \(error)\n")
                throw ExitCode.failure
            }
        }

        /// `SERVICE hash` lines for `*` (every service) or the comma-separated names, sorted, as
        /// `docker compose config --hash` prints them: the first unknown name ends it with an error.
        private func printHashes(_ selection: String) throws {
            // Compose loads without resolving `environment` here (unlike for `up`) and checks no container names.
            let loaded = try ProjectSession.load(project, interpolate: !noInterpolate) { options in
                options.environmentResolution = .none
                options.checkContainerNames = false
            }
            let hashes = ComposeHash.hashes(of: loaded.tree)
            let names = selection == "*" ? Array(hashes.keys) : selection.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                guard let hash = hashes[name] else {
                    printToStandardError("no such service: \(name): not found\n")
                    throw ExitCode.failure
                }
                print("\(name) \(hash)")
            }
        }
    }
}
