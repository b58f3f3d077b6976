/// The text of Docker Compose's live progress block for a `ProgressBoard`, and the ANSI escapes
/// that redraw it in place. Pure functions, so a frame can be checked character by character.
package enum ProgressFrame {
    /// Spinner frames for resources still being worked on, one per tick.
    package static let spinner: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// Where and how big the block may be drawn.
    package struct Layout: Sendable, Equatable {
        /// Columns of the terminal: longer lines are cut, since a wrapped line would break the redraw.
        package var width: Int
        /// Rows of the terminal: beyond them the oldest rows are left out, since the cursor cannot move above the screen.
        package var height: Int

        /// A layout of `width` columns and `height` rows.
        package init(width: Int = 80, height: Int = 24) {
            self.width = width
            self.height = height
        }
    }

    /// `[+] Running done/total`, then ` ✔ Container demo-web-1 (windows)  Started  1.2s` per row: a
    /// spinner frame chosen by `tick` while working, `✘` on error; names and statuses in columns.
    package static func lines(
        _ board: ProgressBoard, now: Duration, tick: Int, layout: Layout = Layout(), prefix: String = ""
    ) -> [String] {
        let rows = board.rows.suffix(max(layout.height - 2, 1))
        let labels = rows.map(label)
        let labelWidth = labels.map(\.count).max() ?? 0
        let statusWidth = rows.map(\.event.status.count).max() ?? 0
        var lines = ["\(prefix)[+] Running \(board.done)/\(board.rows.count)"]
        for (row, label) in zip(rows, labels) {
            let symbol = row.isFailed ? "✘" : row.isWorking ? String(spinner[tick % spinner.count]) : "✔"
            let timer = seconds((row.ended ?? now) - row.started)
            lines.append(
                " \(symbol) \(prefix)\(padded(label, labelWidth))  \(padded(row.event.status, statusWidth)) "
                    + String(repeating: " ", count: max(5 - timer.count, 0)) + timer)
        }
        return lines.map { String($0.prefix(max(layout.width, 1))) }
    }

    /// Replaces a block of `previous` lines, ending just above the cursor, by `lines`.
    package static func redraw(previous: Int, lines: [String]) -> String {
        erase(previous: previous) + lines.map { $0 + "\n" }.joined()
    }

    /// Moves the cursor to the first line of a block of `previous` lines and clears to the end of the
    /// screen, so that something printed next appears where the block was.
    package static func erase(previous: Int) -> String {
        previous > 0 ? "\u{1B}[\(previous)F\u{1B}[J" : ""
    }

    /// `Container demo-web-1 (windows)`.
    private static func label(_ row: ProgressBoard.Row) -> String {
        "\(row.event.kind.rawValue) \(row.event.name)" + (row.event.role.map { " (\($0))" } ?? "")
    }

    /// `1.2s`, to a tenth of a second.
    static func seconds(_ duration: Duration) -> String {
        let tenths = max(duration.components.seconds * 10 + duration.components.attoseconds / 100_000_000_000_000_000, 0)
        return "\(tenths / 10).\(tenths % 10)s"
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - text.count, 0))
    }
}
