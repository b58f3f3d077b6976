import YAML

/// Shapes of Compose's typed model that show in `config` output: provider options are lists of
/// strings (`map[string][]string`), and a device request's numeric `count` is a number.
enum JSONShapes {
    static func apply(to service: inout Node.Mapping) {
        if var provider = service["provider"]?.mapping, var options = provider["options"]?.mapping {
            for i in options.entries.indices where !options.entries[i].value.isNull {
                let value = options.entries[i].value
                let items = value.sequence ?? [value]
                options.entries[i].value = .sequence(items.map { .string($0.text ?? "", mark: $0.mark) }, mark: value.mark)
            }
            provider["options"] = Node(.mapping(options), mark: provider["options"]?.mark ?? .none)
            service["provider"] = Node(.mapping(provider), mark: service["provider"]?.mark ?? .none)
        }
        guard var deploy = service["deploy"]?.mapping, var resources = deploy["resources"]?.mapping,
            var reservations = resources["reservations"]?.mapping, var devices = reservations["devices"]?.sequence
        else { return }
        var changed = false
        for i in devices.indices {
            guard var device = devices[i].mapping, let count = device["count"], count.scalar?.style != .plain,
                let text = count.text, let number = Int64(text) else { continue }
            device["count"] = Node(.scalar(.init(String(number), style: .plain)), mark: count.mark)
            devices[i].content = .mapping(device)
            changed = true
        }
        guard changed else { return }
        reservations["devices"] = .sequence(devices, mark: reservations["devices"]?.mark ?? .none)
        resources["reservations"] = Node(.mapping(reservations), mark: resources["reservations"]?.mark ?? .none)
        deploy["resources"] = Node(.mapping(resources), mark: deploy["resources"]?.mark ?? .none)
        service["deploy"] = Node(.mapping(deploy), mark: service["deploy"]?.mark ?? .none)
    }
}
