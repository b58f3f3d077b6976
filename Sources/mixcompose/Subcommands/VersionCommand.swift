import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension MixCompose {
    /// `docker compose version`'s counterpart, for scripts that check the tool they run: it reads no compose file
    /// and asks no daemon.
    struct VersionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "version", abstract: "Show the mixcompose version information.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case pretty, json }

        @Option(help: "Format the output: pretty or json (also -f).") var format: Format = .pretty
        @Flag(help: "Show only the version number.") var short = false

        func run() throws {
            print(Self.output(format: format, short: short, version: BuildInfo.version, commit: BuildInfo.commit))
        }

        /// As Compose, `--short` wins over `--format`.
        static func output(format: Format, short: Bool, version: String, commit: String) -> String {
            if short { return version }
            switch format {
            case .pretty: return "mixcompose version \(version) (commit \(commit))"
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let data = (try? encoder.encode(["version": version, "commit": commit])) ?? Data()
                return String(decoding: data, as: UTF8.self)
            }
        }
    }
}
