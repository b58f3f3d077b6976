import Testing

@testable import mixcompose

@Suite struct ComposeArgumentsTests {
    @Test("-f after logs means --follow, while -f before a subcommand stays --file")
    func rewritesFollowAfterLogs() {
        #expect(
            ComposeArguments.normalized(["-f", "a.yaml", "logs", "-f", "web"])
                == ["-f", "a.yaml", "logs", "--follow", "web"])
    }

    @Test("-f after stack ps means --filter, as in docker stack ps; after stack deploy and before stack it stays --file")
    func rewritesFilterAfterStackPs() {
        #expect(
            ComposeArguments.normalized(["-f", "a.yaml", "stack", "ps", "-f", "name=web", "demo"])
                == ["-f", "a.yaml", "stack", "ps", "--filter", "name=web", "demo"])
        #expect(ComposeArguments.normalized(["stack", "deploy", "-f", "a.yaml", "demo"]) == ["stack", "deploy", "-f", "a.yaml", "demo"])
    }

    @Test("a file named like a subcommand is an option value, not the subcommand")
    func skipsOptionValues() {
        #expect(ComposeArguments.normalized(["-f", "logs", "up", "-f", "x"]) == ["-f", "logs", "up", "-f", "x"])
    }

    @Test("other subcommands keep -f as --file")
    func leavesOtherSubcommands() {
        #expect(ComposeArguments.normalized(["config", "-f", "a.yaml"]) == ["config", "-f", "a.yaml"])
    }

    @Test("-p among run's options means --publish; before the subcommand and in the command it is left alone")
    func rewritesPublishInRun() {
        #expect(
            ComposeArguments.normalized(["-p", "demo", "run", "--rm", "-e", "-p", "-p", "8080:80", "web", "ls", "-p"])
                == ["-p", "demo", "run", "--rm", "-e", "-p", "--publish", "8080:80", "web", "ls", "-p"])
    }

    @Test("--help among exec's or run's options asks for their help; after the service it belongs to the command")
    func helpBeforeTheService() {
        #expect(ComposeArguments.normalized(["-f", "a.yaml", "exec", "--help"]) == ["help", "exec"])
        #expect(ComposeArguments.normalized(["run", "--rm", "-h"]) == ["help", "run"])
        #expect(ComposeArguments.normalized(["run", "-e", "-h", "web"]) == ["run", "-e", "-h", "web"])
        #expect(ComposeArguments.normalized(["exec", "-u", "--help", "web", "ls"]) == ["exec", "-u", "--help", "web", "ls"])
        #expect(ComposeArguments.normalized(["exec", "web", "ls", "--help"]) == ["exec", "web", "ls", "--help"])
        #expect(ComposeArguments.normalized(["run", "--", "web", "--help"]) == ["run", "--", "web", "--help"])
        #expect(ComposeArguments.normalized(["run", "--env-from-file", "f", "--help", "web"]) == ["help", "run"])
        #expect(ComposeArguments.normalized(["run", "--cap-add", "NET_ADMIN", "-p", "80:80", "web"]) == ["run", "--cap-add", "NET_ADMIN", "--publish", "80:80", "web"])
    }

    @Test("watch --prune=false and ps --orphans=false turn the default-on flags off, as Compose's spelling does")
    func rewritesPruneFalse() {
        #expect(ComposeArguments.normalized(["watch", "--prune=false", "web"]) == ["watch", "--no-prune", "web"])
        #expect(ComposeArguments.normalized(["watch", "--prune=true"]) == ["watch", "--prune"])
        #expect(ComposeArguments.normalized(["up", "--prune=false"]) == ["up", "--prune=false"])
        #expect(ComposeArguments.normalized(["ps", "--orphans=false", "-q"]) == ["ps", "--no-orphans", "-q"])
        #expect(ComposeArguments.normalized(["ps", "--orphans=1"]) == ["ps", "--orphans"])
    }
}
