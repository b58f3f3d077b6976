import ArgumentParser
import ComposeModel
import Runner

extension MixCompose {
    struct ImagesCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "images", abstract: "List images used by the created containers, with the daemon holding each.")

        @OptionGroup var project: ProjectOptions
        @OptionGroup var daemons: DaemonFlags
        @Option(help: "Format the output. Values: [table | json].") var format = "table"
        @Flag(name: .shortAndLong, help: "Only display IDs.") var quiet = false
        @Argument(help: "Services whose containers to list (default: all).") var services: [String] = []

        func run() async throws {
            var rows: [ImageRow] = []
            try await LabelledSession.run(project, daemons) { [services] session in
                try await session.runner.images(projectName: session.projectName, services: services)
            } then: { rows = $0 }
            // As in Compose, -q wins over --format, which is checked only once the images are known.
            if quiet { return ImageRow.quietIDs(rows).forEach { print($0) } }
            switch format.lowercased() {
            case "json":
                // Compose ends its JSON with an empty line.
                print(ImageRow.jsonArray(rows) + "\n")
            case "table", "pretty", "":
                print(ImageRow.table(rows))
            default:
                throw CommandInputError.unknownFormat(format)
            }
        }
    }
}
