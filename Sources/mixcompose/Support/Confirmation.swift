#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Docker Compose's yes/no question (`rm` without `-f`): on a terminal `? message (y/N) ` and a typed
/// answer (`y` or `yes`); otherwise the message alone on stdout and one word read from stdin, true only for
/// what Compose's `StringToBool` takes (`y`, `1`, `t`, `true`), so no input means no.
enum Confirmation {
    static func ask(_ message: String) -> Bool {
        let terminal = Terminal.isTerminal(0)
        Terminal.write(Array((terminal ? "? \(message) (y/N) " : message).utf8), to: 1)
        let line = readLine(strippingNewline: true) ?? ""
        return accepts(line, terminal: terminal)
    }

    /// Whether `answer` is a yes, as Compose's terminal prompt or its pipe prompt reads it.
    static func accepts(_ answer: String, terminal: Bool) -> Bool {
        let word = (answer.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? "").lowercased()
        return terminal ? ["y", "yes"].contains(word) : ["y", "1", "t", "true"].contains(word)
    }
}
