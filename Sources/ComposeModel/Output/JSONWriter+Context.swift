extension JSONWriter {
    /// What the key above a collection says about how its keys print, worked out once per key
    /// rather than by looking the key up again for every child.
    enum Context: Equatable {
        /// Keys are properties: nested `x-*` keys are extensions, left out.
        case properties
        /// Keys are user data or names (`services`, `environment`, ...): `x-*` keys are kept.
        case data
        /// Inside a top-level `x-*` extension: every mapping below keeps its `x-*` keys.
        case extensionData
        /// A list of Go structs without json tags (blkio throttle and weight devices).
        case untaggedStructList
        /// One such struct, whose keys print capitalised.
        case untaggedStruct

        /// The context of the value under `key` (below the top level), whose `KeyOrder` prefix
        /// is `prefix`: comparing prefixes first rules out nearly every special key at once.
        init(key: String, prefix: UInt64) {
            self = Self.specialKeys.first { $0.prefix == prefix && $0.key == key }?.context ?? .properties
        }

        private static let specialKeys: [(prefix: UInt64, key: String, context: Context)] = {
            let data = [
                "services", "networks", "volumes", "secrets", "configs", "models", "depends_on", "environment",
                "labels", "annotations", "sysctls", "args", "additional_contexts", "ulimits", "options",
                "driver_opts", "storage_opt", "extra_hosts",
            ]
            let untaggedStructLists = [
                "device_read_bps", "device_write_bps", "device_read_iops", "device_write_iops", "weight_device",
            ]
            let contexts = [("x-", Context.extensionData)] + data.map { ($0, .data) }
                + untaggedStructLists.map { ($0, .untaggedStructList) }
            return contexts.map { (KeyOrder.prefix($0.0), $0.0, $0.1) }
        }()
    }
}
