import Testing

@testable import Runner

@Suite struct ProgressFrameTests {
    /// A board with one finished Windows-role container and one Linux-role container still starting.
    static func halfwayBoard() -> ProgressBoard {
        var board = ProgressBoard()
        board.apply(ProgressEvent(.network, "demo_default", "Created", role: "linux"), at: .milliseconds(100))
        board.apply(ProgressEvent(.container, "demo-web-1", "Creating", role: "windows"), at: .milliseconds(200))
        board.apply(ProgressEvent(.container, "demo-web-1", "Started", role: "windows"), at: .milliseconds(1_400))
        board.apply(ProgressEvent(.container, "demo-proxy-1", "Starting", role: "linux"), at: .milliseconds(1_500))
        return board
    }

    @Test("a frame has the done/total header, one aligned line per resource and a spinner for unfinished ones")
    func halfwayFrame() {
        let lines = ProgressFrame.lines(Self.halfwayBoard(), now: .milliseconds(3_000), tick: 2)
        #expect(lines == [
            "[+] Running 2/3",
            " ✔ Network demo_default (linux)    Created   0.0s",
            " ✔ Container demo-web-1 (windows)  Started   1.2s",
            " ⠹ Container demo-proxy-1 (linux)  Starting  1.5s",
        ])
    }

    @Test("the spinner advances with the tick and wraps around")
    func spinnerAdvances() {
        let board = Self.halfwayBoard()
        let symbols = [0, 1, 10].map { ProgressFrame.lines(board, now: .seconds(2), tick: $0)[3].dropFirst().first }
        #expect(symbols == ["⠋", "⠙", "⠋"])
    }

    @Test("once every resource is done the header counts them all and no spinner is left")
    func finalFrame() {
        var board = Self.halfwayBoard()
        board.apply(ProgressEvent(.container, "demo-proxy-1", "Started", role: "linux"), at: .milliseconds(2_000))
        let lines = ProgressFrame.lines(board, now: .seconds(9), tick: 7)
        #expect(lines.first == "[+] Running 3/3")
        #expect(lines.last == " ✔ Container demo-proxy-1 (linux)  Started  0.5s")
        #expect(!lines.joined().contains { ProgressFrame.spinner.contains($0) })
    }

    @Test("an Error status is shown with a cross and counts as done")
    func failedRow() {
        var board = ProgressBoard()
        board.apply(ProgressEvent(.container, "demo-db-1", "Starting"), at: .zero)
        board.apply(ProgressEvent(.container, "demo-db-1", "Error"), at: .milliseconds(300))
        #expect(ProgressFrame.lines(board, now: .seconds(1), tick: 0) == ["[+] Running 1/1", " ✘ Container demo-db-1  Error  0.3s"])
    }

    @Test("dry runs mark the header and every line")
    func dryRunPrefix() {
        var board = ProgressBoard()
        board.apply(ProgressEvent(.container, "demo-web-1", "Created"), at: .zero)
        let lines = ProgressFrame.lines(board, now: .seconds(1), tick: 0, prefix: "DRY-RUN MODE - ")
        #expect(lines == ["DRY-RUN MODE - [+] Running 1/1", " ✔ DRY-RUN MODE - Container demo-web-1  Created  0.0s"])
    }

    @Test("lines are cut to the terminal width and only the newest rows that fit its height are shown")
    func fitsTheTerminal() {
        var board = ProgressBoard()
        for index in 1...5 { board.apply(ProgressEvent(.volume, "v\(index)", "Created"), at: .zero) }
        let lines = ProgressFrame.lines(board, now: .zero, tick: 0, layout: .init(width: 12, height: 4))
        #expect(lines == ["[+] Running ", " ✔ Volume v4", " ✔ Volume v5"])
    }

    @Test("a redraw moves up over the previous block, clears below and writes each line")
    func redrawEscapes() {
        #expect(ProgressFrame.redraw(previous: 0, lines: ["a", "b"]) == "a\nb\n")
        #expect(ProgressFrame.redraw(previous: 3, lines: ["a"]) == "\u{1B}[3F\u{1B}[Ja\n")
        #expect(ProgressFrame.erase(previous: 0).isEmpty)
    }

    @Test("timers show tenths of a second, rounded down", arguments: [
        (Duration.zero, "0.0s"), (.milliseconds(1_250), "1.2s"), (.seconds(61), "61.0s"), (.milliseconds(-5), "0.0s"),
    ])
    func timers(duration: Duration, text: String) {
        #expect(ProgressFrame.seconds(duration) == text)
    }
}
