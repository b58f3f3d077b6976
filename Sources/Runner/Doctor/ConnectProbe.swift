/// The TCP connect probes `doctor` runs inside a consumer container, tried in order until one is
/// present in the image, and how their outcome reads.
enum ConnectProbe {
    /// What one probe command's outcome says.
    enum Verdict: Equatable {
        case reachable
        case unreachable(String)
        /// The tool is missing from the image (or is a variant without these options): try the next.
        case unavailable
    }

    /// The commands to try for `address:port`: netcat's `-z`, BusyBox's `nc` (which lacks `-z`, so it
    /// runs `true` once connected), `wget` (any HTTP answer proves the connect), and PowerShell's
    /// `TcpClient` first in Windows containers.
    static func commands(address: String, port: Int, windows: Bool) -> [[String]] {
        let unix = [
            ["nc", "-z", "-w", "2", address, "\(port)"],
            ["nc", "-w", "2", address, "\(port)", "-e", "true"],
            ["wget", "-T", "2", "-q", "-O", "/dev/null", "http://\(address):\(port)/"],
        ]
        guard windows else { return unix }
        let script =
            "$c = New-Object Net.Sockets.TcpClient; if ($c.ConnectAsync('\(address)', \(port)).Wait(2000) -and $c.Connected) { exit 0 }; exit 1"
        return [["powershell", "-NoProfile", "-Command", script]] + unix
    }

    /// The verdict of `outcome` for `command` (one of `commands`).
    static func verdict(_ outcome: ProbeOutcome, command: [String]) -> Verdict {
        let text = outcome.output.joined(separator: "\n")
        let lower = text.lowercased()
        if outcome.exitCode == 0 { return .reachable }
        // 126/127: the runtime or shell found no such executable; a usage text: an nc without these flags.
        if [126, 127].contains(outcome.exitCode) || lower.contains("executable file not found") || lower.contains("usage:")
            || lower.contains("invalid option") || lower.contains("unrecognized option") || lower.contains("illegal option")
        {
            return .unavailable
        }
        // wget fails on an HTTP error status too, but then the connection was made.
        if command.first == "wget", lower.contains("server returned error") || lower.contains("http/") {
            return .reachable
        }
        let detail = outcome.output.last { !$0.isEmpty } ?? "exit code \(outcome.exitCode)"
        return .unreachable(detail)
    }
}
