import YAML

/// Checks a node tree against a `SchemaNode` and returns every violation, not just the first.
/// Inside `oneOf` it keeps compose-go's choice: when no alternative fits, the single most specific
/// failure among them is reported. The walk itself is `SchemaWalk`.
package enum SchemaValidator {
    /// Validates `node` (found at `path`) against `schema`.
    /// A `!reset` node is skipped: the loader removes that path before compose validates.
    package static func validate(_ node: Node, against schema: SchemaNode, at path: [String] = []) -> [SchemaViolation] {
        var walk = SchemaWalk(at: path)
        walk.validate(node, against: schema)
        return walk.violations
    }

    /// One component of a path pattern: `*` or a name.
    enum PathPattern {
        case any
        case name(String)
    }

    /// Lists compose-go de-duplicates (`override.EnforceUnicity`) before it validates, so their
    /// `uniqueItems` never fails in Docker Compose. Keyed by the last name (`ports`), so a check
    /// costs one lookup and compares only the paths that end there.
    static let deduplicatedPaths = NameTable(Dictionary(grouping: [
        "networks.*.labels", "networks.*.ipam.options", "services.*.annotations", "services.*.build.args",
        "services.*.build.additional_contexts", "services.*.build.platform", "services.*.build.tags",
        "services.*.build.labels", "services.*.cap_add", "services.*.cap_drop", "services.*.devices",
        "services.*.configs", "services.*.deploy.labels", "services.*.dns", "services.*.dns_opt",
        "services.*.dns_search", "services.*.environment", "services.*.env_file", "services.*.expose",
        "services.*.labels", "services.*.links", "services.*.networks.*.aliases",
        "services.*.networks.*.link_local_ips", "services.*.ports", "services.*.profiles", "services.*.secrets",
        "services.*.sysctls", "services.*.tmpfs", "services.*.volumes",
    ].map { $0.split(separator: ".").map(String.init) }, by: { $0.last ?? "" })
        .map { name, paths in (name, paths.map { path in path.map { $0 == "*" ? PathPattern.any : .name($0) } }) })
}
