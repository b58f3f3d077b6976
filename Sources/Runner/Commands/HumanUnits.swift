#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import EngineAPI

/// Sizes and ages as the docker CLI words them (`go-units`): `1.98MB`, `14 minutes`; and its cut texts.
package enum HumanUnits {
    /// The docker CLI's `Ellipsis`: at most `width` characters, the last one `…` when cut.
    package static func ellipsis(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }

    /// `HumanSizeWithPrecision(bytes, 3)`: decimal units, three significant digits (`11.8MB`, `100B`).
    package static func size(_ bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
        var value = Double(bytes)
        var index = 0
        while value >= 1000, index < units.count - 1 {
            value /= 1000
            index += 1
        }
        return String(printf: "%.3g", value) + units[index]
    }

    /// `HumanDuration`: `Less than a second`, `1 second`, `About a minute`, `3 hours`, `2 weeks`, …
    package static func duration(seconds elapsed: Double) -> String {
        let seconds = Int(elapsed)
        let minutes = Int(elapsed / 60)
        // Hours are rounded, the other units truncated, as go-units does.
        let hours = Int(elapsed / 3600 + 0.5)
        switch () {
        case _ where seconds < 1: return "Less than a second"
        case _ where seconds == 1: return "1 second"
        case _ where seconds < 60: return "\(seconds) seconds"
        case _ where minutes == 1: return "About a minute"
        case _ where minutes < 60: return "\(minutes) minutes"
        case _ where hours == 1: return "About an hour"
        case _ where hours < 48: return "\(hours) hours"
        case _ where hours < 24 * 7 * 2: return "\(hours / 24) days"
        case _ where hours < 24 * 30 * 2: return "\(hours / 24 / 7) weeks"
        case _ where hours < 24 * 365 * 2: return "\(hours / 24 / 30) months"
        default: return "\(Int(elapsed / 3600) / 24 / 365) years"
        }
    }
}
