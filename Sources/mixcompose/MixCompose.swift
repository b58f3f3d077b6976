import ArgumentParser

@main
struct MixCompose: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mixcompose",
        abstract: "Run one Compose project across a Linux and a Windows Docker daemon."
    )
}
