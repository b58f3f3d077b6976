import YAML

/// The checks compose-go runs on the merged, canonical model before binding it (`validation/`):
/// they only make sense once every file is merged, so the loader calls them after merging.
package enum MergedModelChecks {
    /// Reports external resources with other settings, secrets/configs without a source,
    /// invalid long-form `host_ip`, blank watch paths and device requests with both
    /// `count` and `device_ids`.
    package static func check(_ model: Node, diagnostics: inout Diagnostics) {
        guard let top = model.mapping else { return }
        for section in ["volumes", "networks", "secrets", "configs"] {
            for entry in top[section]?.mapping ?? Node.Mapping() {
                guard let resource = entry.value.mapping else { continue }
                let path = "\(section).\(entry.name)"
                if section == "volumes" { checkExternal(resource, path: path, at: entry.value.mark, diagnostics: &diagnostics) }
                if section == "secrets" { checkFileObject(resource, keys: ["file", "environment"], path: path, at: entry.value.mark, diagnostics: &diagnostics) }
                if section == "configs" {
                    checkFileObject(resource, keys: ["file", "environment", "content"], path: path, at: entry.value.mark, diagnostics: &diagnostics)
                }
            }
        }
        for service in top["services"]?.mapping ?? Node.Mapping() {
            guard let body = service.value.mapping else { continue }
            let path = "services.\(service.name)"
            checkServices(body, path: path, diagnostics: &diagnostics)
        }
    }

    private static func checkServices(_ service: Node.Mapping, path: String, diagnostics: inout Diagnostics) {
        for port in service["ports"]?.sequence ?? [] {
            if let ip = port.mapping?["host_ip"], let text = ip.text, !IPAddress.isValid(text) {
                diagnostics.error("\(path).ports.[]: invalid ip address: \(text)", at: ip.mark)
            }
        }
        for rule in service["develop"]?.mapping?["watch"]?.sequence ?? [] {
            if let watched = rule.mapping?["path"], watched.text == "" {
                diagnostics.error("\(path).develop.watch.[].path: value can't be blank", at: watched.mark)
            }
        }
        let reservations = service["deploy"]?.mapping?["resources"]?.mapping?["reservations"]?.mapping?["devices"]?.sequence ?? []
        let requests = [("deploy.resources.reservations.devices", reservations), ("gpus", service["gpus"]?.sequence ?? [])]
        for (field, items) in requests {
            for item in items where item.mapping?["count"] != nil && item.mapping?["device_ids"] != nil {
                diagnostics.error("\(path).\(field).[]: \"count\" and \"device_ids\" attributes are exclusive", at: item.mark)
            }
        }
    }

    private static func checkExternal(_ resource: Node.Mapping, path: String, at mark: Mark, diagnostics: inout Diagnostics) {
        guard let external = resource["external"], external.scalar?.resolved(tag: external.tag) == .bool(true) else { return }
        for key in resource.keys where !["name", "external"].contains(key) && !key.hasPrefix("x-") {
            diagnostics.error("\(path): conflicting parameters \"external\" and \"\(key)\" specified", at: mark)
            return
        }
    }

    private static func checkFileObject(_ resource: Node.Mapping, keys: [String], path: String, at mark: Mark, diagnostics: inout Diagnostics) {
        let count = keys.filter { resource[$0] != nil }.count
        if count > 1 {
            diagnostics.error("\(path): \(keys.joined(separator: "|")) attributes are mutually exclusive", at: mark)
        } else if count == 0, resource["driver"] == nil, resource["external"] == nil {
            diagnostics.error("\(path): one of \(keys.joined(separator: "|")) must be set", at: mark)
        }
    }
}
