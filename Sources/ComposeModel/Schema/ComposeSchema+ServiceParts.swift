// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let build = SchemaNode(
        types: [.object],
        properties: [
            "context": .string,
            "dockerfile": .string,
            "dockerfile_inline": .string,
            "entitlements": SchemaNode(types: [.array], items: .string),
            "args": listOrDict,
            "ssh": listOrDict,
            "labels": listOrDict,
            "cache_from": SchemaNode(types: [.array], items: .string),
            "cache_to": SchemaNode(types: [.array], items: .string),
            "no_cache": SchemaNode(types: [.boolean, .string]),
            "additional_contexts": listOrDict,
            "network": .string,
            "provenance": SchemaNode(types: [.string, .boolean]),
            "sbom": SchemaNode(types: [.string, .boolean]),
            "pull": SchemaNode(types: [.boolean, .string]),
            "target": .string,
            "shm_size": SchemaNode(types: [.integer, .string]),
            "extra_hosts": extraHosts,
            "isolation": .string,
            "privileged": SchemaNode(types: [.boolean, .string]),
            "secrets": fileReferences,
            "tags": SchemaNode(types: [.array], items: .string),
            "ulimits": ulimits,
            "platforms": SchemaNode(types: [.array], items: .string),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let blkioConfig = SchemaNode(
        types: [.object],
        properties: [
            "device_read_bps": SchemaNode(types: [.array], items: blkioLimit),
            "device_read_iops": SchemaNode(types: [.array], items: blkioLimit),
            "device_write_bps": SchemaNode(types: [.array], items: blkioLimit),
            "device_write_iops": SchemaNode(types: [.array], items: blkioLimit),
            "weight": SchemaNode(types: [.integer, .string]),
            "weight_device": SchemaNode(types: [.array], items: blkioWeight),
        ],
        additionalProperties: .forbidden
    )

    static let credentialSpec = SchemaNode(
        types: [.object],
        properties: [
            "config": .string,
            "file": .string,
            "registry": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let dependsOnEntry = SchemaNode(
        types: [.object],
        properties: [
            "restart": SchemaNode(types: [.boolean, .string]),
            "required": .boolean,
            "condition": SchemaNode(
                types: [.string],
                enumeration: ["service_started", "service_healthy", "service_completed_successfully"]
            ),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["condition"]
    )

    static let deviceMapping = SchemaNode(
        types: [.object],
        properties: [
            "source": .string,
            "target": .string,
            "permissions": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["source"]
    )

    static let serviceNetworkEntry = SchemaNode(
        types: [.object],
        properties: [
            "aliases": listOfStrings,
            "interface_name": .string,
            "ipv4_address": .string,
            "ipv6_address": .string,
            "link_local_ips": listOfStrings,
            "mac_address": .string,
            "driver_opts": driverOptions,
            "priority": .number,
            "gw_priority": .number,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let portLong = SchemaNode(
        types: [.object],
        properties: [
            "name": .string,
            "mode": .string,
            "host_ip": .string,
            "target": SchemaNode(types: [.integer, .string]),
            "published": SchemaNode(types: [.string, .integer]),
            "protocol": .string,
            "app_protocol": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let healthcheck = SchemaNode(
        types: [.object],
        properties: [
            "disable": SchemaNode(types: [.boolean, .string]),
            "interval": .string,
            "retries": SchemaNode(types: [.number, .string]),
            "test": SchemaNode(
                oneOf: [
                    .string,
                    SchemaNode(types: [.array], items: .string),
                ]
            ),
            "timeout": .string,
            "start_period": .string,
            "start_interval": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let develop = SchemaNode(
        types: [.object, .null],
        properties: [
            "watch": SchemaNode(types: [.array], items: watchRule),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let watchRule = SchemaNode(
        types: [.object],
        properties: [
            "ignore": stringOrList,
            "include": stringOrList,
            "path": .string,
            "action": SchemaNode(types: [.string], enumeration: ["rebuild", "sync", "restart", "sync+restart", "sync+exec"]),
            "target": .string,
            "exec": serviceHook,
            "initial_sync": .boolean,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["path", "action"]
    )

    static let serviceHook = SchemaNode(
        types: [.object],
        properties: [
            "command": command,
            "user": .string,
            "privileged": SchemaNode(types: [.boolean, .string]),
            "working_dir": .string,
            "environment": listOrDict,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["command"]
    )
}
