import Foundation
import Testing

@testable import mixcompose

/// What the container commands read from their command line and stdin.
@Suite struct ContainerCommandInputTests {
    @Test("-f after rm means --force, alone or among rm's short flags, while -f before rm stays --file")
    func removeForce() {
        #expect(ComposeArguments.normalized(["-f", "a.yaml", "rm", "-f", "web"]) == ["-f", "a.yaml", "rm", "--force", "web"])
        #expect(ComposeArguments.normalized(["rm", "-sfv"]) == ["rm", "-s", "--force", "-v"])
        #expect(ComposeArguments.normalized(["rm", "-sv", "-x"]) == ["rm", "-sv", "-x"])
        #expect(ComposeArguments.normalized(["kill", "-f", "a.yaml"]) == ["kill", "-f", "a.yaml"])
    }

    @Test("rm's question takes Compose's yes: y or yes on a terminal; y, 1, t or true from a pipe, so no input is a no")
    func confirmation() {
        #expect(Confirmation.accepts("y", terminal: true) && Confirmation.accepts("YES", terminal: true))
        #expect(!Confirmation.accepts("true", terminal: true) && !Confirmation.accepts("", terminal: true))
        for yes in ["y", "Y", "1", "t", "TRUE", " true extra"] { #expect(Confirmation.accepts(yes, terminal: false), "\(yes)") }
        for no in ["", "yes", "n", "0", "false", "ok"] { #expect(!Confirmation.accepts(no, terminal: false), "\(no)") }
    }

    @Test("port reads its private port as Compose's ParseUint does, with Compose's messages")
    func privatePort() throws {
        #expect(try MixCompose.PortCommand.privatePort("80") == 80)
        #expect(try MixCompose.PortCommand.privatePort("65535") == 65535)
        #expect(throws: CommandInputError.self) { try MixCompose.PortCommand.privatePort("-1") }
        #expect((try? MixCompose.PortCommand.privatePort("65536")) == nil)
        do {
            _ = try MixCompose.PortCommand.privatePort("70000")
        } catch {
            #expect(error.description == "strconv.ParseUint: parsing \"70000\": value out of range")
        }
        do {
            _ = try MixCompose.PortCommand.privatePort("http")
        } catch {
            #expect(error.description == "strconv.ParseUint: parsing \"http\": invalid syntax")
        }
    }
}
