import EngineAPI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One line of `images`: a container of the project, the daemon role running it, and its image.
package struct ImageRow: Sendable, Hashable {
    /// The container's name (Compose's canonical name: without the leading `/`).
    package var container: String
    /// `linux` or `windows`.
    package var daemon: String
    /// The image as the container names it (`busybox:latest`, or an ID once the tag moved on).
    package var reference: String
    package var image: ImageDetails

    /// Creates a row.
    package init(container: String, daemon: String, reference: String, image: ImageDetails) {
        self.container = container
        self.daemon = daemon
        self.reference = reference
        self.image = image
    }

    /// The repository and tag as `reference.ParseDockerRef` and `FamiliarName` give them (`busybox`,
    /// `latest`), empty when the reference does not parse or (for the tag) carries a digest instead.
    package var repositoryAndTag: (repository: String, tag: String) {
        guard let familiar = FamiliarReference(reference) else { return ("", "") }
        return (familiar.repository, familiar.digest == nil ? familiar.tag ?? "latest" : "")
    }

    /// The `images` table's column titles: Compose's, with `DAEMON` after the container.
    package static let titles = ["CONTAINER", "DAEMON", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED"]

    /// The cells under `titles`, the age counted back from `now` (Unix seconds).
    package func cells(now: Double) -> [String] {
        let (repository, tag) = repositoryAndTag
        let id = image.id.split(separator: ":").last.map(String.init) ?? image.id
        // Compose counts from the last tag time alone: Go's zero time (never tagged) saturates its duration, `292 years`.
        let tagged = (try? GoTimeParser(layout: "2006-01-02T15:04:05.999999999Z07:00", value: image.lastTagTime).unixTime(localOffset: 0))
            .flatMap { $0.seconds > -62_135_596_800 ? Double($0.seconds) + Double($0.nanoseconds) / 1e9 : nil }
        let created = HumanUnits.duration(seconds: tagged.map { now - $0 } ?? Double(Int64.max) / 1e9) + " ago"
        return [
            container, daemon, repository.isEmpty ? "<none>" : repository, tag.isEmpty ? "<none>" : tag, image.platform,
            String(id.prefix(12)), HumanUnits.size(image.size), created,
        ]
    }

    /// The object `docker compose images --format json` prints per container, plus `Daemon`, keys in Compose's order.
    package var json: String {
        let (repository, tag) = repositoryAndTag
        let fields: [(String, String)] = [
            ("ID", Self.quoted(image.id)), ("ContainerName", Self.quoted(container)), ("Repository", Self.quoted(repository)),
            ("Tag", Self.quoted(tag)), ("Platform", Self.quoted(image.platform)), ("Size", String(image.size)),
            ("LastTagTime", Self.quoted(image.tagTime)), ("Daemon", Self.quoted(daemon)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// Rows as Compose prints them with `--format table`: sorted by container, columns at least 20 wide.
    package static func table(_ rows: [ImageRow], now: Double = Date().timeIntervalSince1970) -> String {
        AlignedColumns.lines([titles] + rows.sorted { $0.container < $1.container }.map { $0.cells(now: now) }, minimumWidth: 20)
            .joined(separator: "\n")
    }

    /// Rows as Compose prints them with `--format json`: one array (`null` when empty).
    package static func jsonArray(_ rows: [ImageRow]) -> String {
        rows.isEmpty ? "null" : "[" + rows.sorted { $0.container < $1.container }.map(\.json).joined(separator: ",") + "]"
    }

    /// The image IDs for `-q`, without `sha256:`, each once.
    package static func quietIDs(_ rows: [ImageRow]) -> [String] {
        var seen: Set<String> = []
        return rows.sorted { $0.container < $1.container }.compactMap { row in
            let id = row.image.id.split(separator: ":").last.map(String.init) ?? row.image.id
            return seen.insert(id).inserted ? id : nil
        }
    }

    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        // Go's encoder, which Compose uses, leaves `/` alone.
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
