import Testing

@testable import Runner

@Suite struct ProgressModeTests {
    @Test("auto draws the live block only on a terminal whose TERM is not dumb", arguments: [
        (["TERM": "xterm-256color"], true, ProgressMode.tty), (["TERM": "dumb"], true, .plain),
        (["TERM": "xterm"], false, .plain), ([:], true, .tty),
    ])
    func auto(environment: [String: String], isTerminal: Bool, expected: ProgressMode) {
        #expect(ProgressMode.resolved(requested: .auto, environment: environment, isTerminal: isTerminal) == expected)
    }

    @Test("COMPOSE_PROGRESS chooses when the flag says auto, and the flag wins over it")
    func precedence() {
        let plainEnvironment = ["COMPOSE_PROGRESS": "plain", "TERM": "xterm"]
        #expect(ProgressMode.resolved(requested: .auto, environment: plainEnvironment, isTerminal: true) == .plain)
        #expect(ProgressMode.resolved(requested: .tty, environment: plainEnvironment, isTerminal: true) == .tty)
        #expect(ProgressMode.resolved(requested: .auto, environment: ["COMPOSE_PROGRESS": "TTY"], isTerminal: false) == .tty)
        #expect(ProgressMode.resolved(requested: .plain, environment: ["COMPOSE_PROGRESS": "tty"], isTerminal: true) == .plain)
    }

    @Test("an unknown COMPOSE_PROGRESS value falls back to auto")
    func unknownValue() {
        #expect(ProgressMode.resolved(requested: .auto, environment: ["COMPOSE_PROGRESS": "json"], isTerminal: false) == .plain)
    }
}
