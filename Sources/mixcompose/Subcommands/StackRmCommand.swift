import ArgumentParser
import Runner

extension MixCompose {
    struct StackRmCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Remove stacks: their services, then (once their tasks are gone) their networks, secrets and configs.")

        @OptionGroup var target: ManagerFlags
        @Option(help: ArgumentHelp("Seconds to wait for the services' tasks to go.", valueName: "seconds"))
        var waitTimeout = 120
        @Argument(help: "The stacks' names.") var stacks: [String]

        func validate() throws {
            guard !stacks.isEmpty else { throw ValidationError("requires at least 1 argument: the stack's name") }
        }

        func run() async throws {
            let (target, seconds, stacks) = (target, waitTimeout, stacks)
            try await Interrupt.guarding(.cancel, say: { printToStandardError($0 + "\n") }) { _ in
                try await target.withRunner(waitTimeout: seconds) { runner in
                    // As `docker stack rm`: each stack in turn; an unknown one is said, not failed, and one that
                    // leaves something behind fails the command once the others were removed.
                    var failed = false
                    for stack in stacks {
                        do {
                            if try await !runner.remove(namespace: stack) { printToStandardError("Nothing found in stack: \(stack)\n") }
                        } catch let error as StackError {
                            guard case .notRemoved = error else { throw error }
                            printToStandardError("Error: stack \(stack): \(error)\n")
                            failed = true
                        }
                    }
                    if failed { throw ExitCode.failure }
                }
            }
        }
    }
}
