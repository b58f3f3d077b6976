import ArgumentParser

extension MixCompose {
    struct StackCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stack",
            abstract: "Deploy the project to a Docker Swarm as a stack, list its tasks, remove it.",
            subcommands: [StackDeployCommand.self, StackPsCommand.self, StackRmCommand.self])
    }
}
