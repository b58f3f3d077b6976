// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let deploy = SchemaNode(
        types: [.object, .null],
        properties: [
            "mode": .string,
            "endpoint_mode": .string,
            "replicas": SchemaNode(types: [.integer, .string]),
            "labels": listOrDict,
            "rollback_config": deployRollbackConfig,
            "update_config": deployUpdateConfig,
            "resources": SchemaNode(
                types: [.object],
                properties: [
                    "limits": deployLimits,
                    "reservations": deployReservations,
                ],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden
            ),
            "restart_policy": deployRestartPolicy,
            "placement": deployPlacement,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    // The specification gives rollback_config exactly the shape of update_config.
    static let deployRollbackConfig = deployUpdateConfig

    static let deployUpdateConfig = SchemaNode(
        types: [.object],
        properties: [
            "parallelism": SchemaNode(types: [.integer, .string]),
            "delay": .string,
            "failure_action": .string,
            "monitor": .string,
            "max_failure_ratio": SchemaNode(types: [.number, .string]),
            "order": SchemaNode(types: [.string], enumeration: ["start-first", "stop-first"]),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let deployLimits = SchemaNode(
        types: [.object],
        properties: [
            "cpus": SchemaNode(types: [.number, .string]),
            "memory": .string,
            "pids": SchemaNode(types: [.integer, .string]),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let deployReservations = SchemaNode(
        types: [.object],
        properties: [
            "cpus": SchemaNode(types: [.number, .string]),
            "memory": .string,
            "generic_resources": genericResources,
            "devices": devices,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let deployRestartPolicy = SchemaNode(
        types: [.object],
        properties: [
            "condition": .string,
            "delay": .string,
            "max_attempts": SchemaNode(types: [.integer, .string]),
            "window": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let deployPlacement = SchemaNode(
        types: [.object],
        properties: [
            "constraints": SchemaNode(types: [.array], items: .string),
            "preferences": SchemaNode(
                types: [.array],
                items: SchemaNode(
                    types: [.object],
                    properties: [
                        "spread": .string,
                    ],
                    patternProperties: [("^x-", .any)],
                    additionalProperties: .forbidden
                )
            ),
            "max_replicas_per_node": SchemaNode(types: [.integer, .string]),
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )

    static let genericResources = SchemaNode(
        types: [.array],
        items: SchemaNode(
            types: [.object],
            properties: [
                "discrete_resource_spec": SchemaNode(
                    types: [.object],
                    properties: [
                        "kind": .string,
                        "value": SchemaNode(types: [.number, .string]),
                    ],
                    patternProperties: [("^x-", .any)],
                    additionalProperties: .forbidden
                ),
            ],
            patternProperties: [("^x-", .any)],
            additionalProperties: .forbidden
        )
    )

    static let deviceRequest = SchemaNode(
        types: [.object],
        properties: [
            "capabilities": listOfStrings,
            "count": SchemaNode(types: [.string, .integer]),
            "device_ids": listOfStrings,
            "driver": .string,
            "options": listOrDict,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden,
        required: ["capabilities"]
    )

    static let devices = SchemaNode(types: [.array], items: deviceRequest)

    static let gpus = SchemaNode(
        oneOf: [
            SchemaNode(types: [.string], enumeration: ["all"]),
            SchemaNode(
                types: [.array],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden,
                items: gpuRequest
            ),
        ]
    )

    static let gpuRequest = SchemaNode(
        types: [.object],
        properties: [
            "capabilities": listOfStrings,
            "count": SchemaNode(types: [.string, .integer]),
            "device_ids": listOfStrings,
            "driver": .string,
            "options": listOrDict,
        ]
    )
}
