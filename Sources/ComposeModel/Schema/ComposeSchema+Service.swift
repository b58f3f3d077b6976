// Transcribed from compose-go v2.9.1 schema/compose-spec.json; keep in step with that file.
extension ComposeSchema {
    static let service = SchemaNode(
        types: [.object],
        properties: [
            "develop": develop,
            "deploy": deploy,
            "annotations": listOrDict,
            "attach": SchemaNode(types: [.boolean, .string]),
            "build": SchemaNode(
                oneOf: [
                    .string,
                    build,
                ]
            ),
            "blkio_config": blkioConfig,
            "cap_add": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "cap_drop": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "cgroup": SchemaNode(types: [.string], enumeration: ["host", "private"]),
            "cgroup_parent": .string,
            "command": command,
            "configs": fileReferences,
            "container_name": SchemaNode(types: [.string], pattern: "[a-zA-Z0-9][a-zA-Z0-9_.-]+"),
            "cpu_count": SchemaNode(
                oneOf: [
                    .string,
                    SchemaNode(types: [.integer], minimum: 0),
                ]
            ),
            "cpu_percent": SchemaNode(
                oneOf: [
                    .string,
                    SchemaNode(types: [.integer], minimum: 0, maximum: 100),
                ]
            ),
            "cpu_shares": SchemaNode(types: [.number, .string]),
            "cpu_quota": SchemaNode(types: [.number, .string]),
            "cpu_period": SchemaNode(types: [.number, .string]),
            "cpu_rt_period": SchemaNode(types: [.number, .string]),
            "cpu_rt_runtime": SchemaNode(types: [.number, .string]),
            "cpus": SchemaNode(types: [.number, .string]),
            "cpuset": .string,
            "credential_spec": credentialSpec,
            "depends_on": SchemaNode(
                oneOf: [
                    listOfStrings,
                    SchemaNode(
                        types: [.object],
                        patternProperties: [("^[a-zA-Z0-9._-]+$", dependsOnEntry)],
                        additionalProperties: .forbidden
                    ),
                ]
            ),
            "device_cgroup_rules": listOfStrings,
            "devices": SchemaNode(
                types: [.array],
                items: SchemaNode(
                    oneOf: [
                        .string,
                        deviceMapping,
                    ]
                )
            ),
            "dns": stringOrList,
            "dns_opt": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "dns_search": stringOrList,
            "domainname": .string,
            "entrypoint": command,
            "env_file": envFile,
            "label_file": labelFile,
            "environment": listOrDict,
            "expose": SchemaNode(types: [.array], items: SchemaNode(types: [.string, .number]), uniqueItems: true),
            "extends": SchemaNode(
                oneOf: [
                    .string,
                    SchemaNode(
                        types: [.object],
                        properties: [
                            "service": .string,
                            "file": .string,
                        ],
                        additionalProperties: .forbidden,
                        required: ["service"]
                    ),
                ]
            ),
            "provider": SchemaNode(
                types: [.object],
                properties: [
                    "type": .string,
                    "options": SchemaNode(
                        types: [.object],
                        patternProperties: [("^.+$", SchemaNode(
                            oneOf: [
                                SchemaNode(types: [.string, .number, .boolean]),
                                SchemaNode(types: [.array], items: SchemaNode(types: [.string, .number, .boolean])),
                            ]
                        ))]
                    ),
                ],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden,
                required: ["type"]
            ),
            "external_links": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "extra_hosts": extraHosts,
            "gpus": gpus,
            "group_add": SchemaNode(types: [.array], items: SchemaNode(types: [.string, .number]), uniqueItems: true),
            "healthcheck": healthcheck,
            "hostname": .string,
            "image": .string,
            "init": SchemaNode(types: [.boolean, .string]),
            "ipc": .string,
            "isolation": .string,
            "labels": listOrDict,
            "links": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "logging": SchemaNode(
                types: [.object],
                properties: [
                    "driver": .string,
                    "options": SchemaNode(
                        types: [.object],
                        patternProperties: [("^.+$", SchemaNode(types: [.string, .number, .null]))]
                    ),
                ],
                patternProperties: [("^x-", .any)],
                additionalProperties: .forbidden
            ),
            "mac_address": .string,
            "mem_limit": SchemaNode(types: [.number, .string]),
            "mem_reservation": SchemaNode(types: [.string, .integer]),
            "mem_swappiness": SchemaNode(types: [.integer, .string]),
            "memswap_limit": SchemaNode(types: [.number, .string]),
            "network_mode": .string,
            "models": SchemaNode(
                oneOf: [
                    listOfStrings,
                    SchemaNode(
                        types: [.object],
                        patternProperties: [("^[a-zA-Z0-9._-]+$", SchemaNode(
                            oneOf: [
                                SchemaNode(
                                    types: [.object],
                                    properties: [
                                        "endpoint_var": .string,
                                        "model_var": .string,
                                    ],
                                    patternProperties: [("^x-", .any)],
                                    additionalProperties: .forbidden
                                ),
                                .null,
                            ]
                        ))]
                    ),
                ]
            ),
            "networks": SchemaNode(
                oneOf: [
                    listOfStrings,
                    SchemaNode(
                        types: [.object],
                        patternProperties: [("^[a-zA-Z0-9._-]+$", SchemaNode(
                            oneOf: [
                                serviceNetworkEntry,
                                .null,
                            ]
                        ))],
                        additionalProperties: .forbidden
                    ),
                ]
            ),
            "oom_kill_disable": SchemaNode(types: [.boolean, .string]),
            "oom_score_adj": SchemaNode(
                oneOf: [
                    .string,
                    SchemaNode(types: [.integer], minimum: -1000, maximum: 1000),
                ]
            ),
            "pid": SchemaNode(types: [.string, .null]),
            "pids_limit": SchemaNode(types: [.number, .string]),
            "platform": .string,
            "ports": SchemaNode(
                types: [.array],
                items: SchemaNode(
                    oneOf: [
                        .number,
                        .string,
                        portLong,
                    ]
                ),
                uniqueItems: true
            ),
            "post_start": SchemaNode(types: [.array], items: serviceHook),
            "pre_stop": SchemaNode(types: [.array], items: serviceHook),
            "privileged": SchemaNode(types: [.boolean, .string]),
            "profiles": listOfStrings,
            "pull_policy": SchemaNode(
                types: [.string],
                pattern: "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+"
            ),
            "pull_refresh_after": .string,
            "read_only": SchemaNode(types: [.boolean, .string]),
            "restart": .string,
            "runtime": .string,
            "scale": SchemaNode(types: [.integer, .string]),
            "security_opt": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "shm_size": SchemaNode(types: [.number, .string]),
            "secrets": fileReferences,
            "sysctls": listOrDict,
            "stdin_open": SchemaNode(types: [.boolean, .string]),
            "stop_grace_period": .string,
            "stop_signal": .string,
            "storage_opt": .anyObject,
            "tmpfs": stringOrList,
            "tty": SchemaNode(types: [.boolean, .string]),
            "ulimits": ulimits,
            "use_api_socket": .boolean,
            "user": .string,
            "uts": .string,
            "userns_mode": .string,
            "volumes": SchemaNode(
                types: [.array],
                items: SchemaNode(
                    oneOf: [
                        .string,
                        volumeMount,
                    ]
                ),
                uniqueItems: true
            ),
            "volumes_from": SchemaNode(types: [.array], items: .string, uniqueItems: true),
            "working_dir": .string,
        ],
        patternProperties: [("^x-", .any)],
        additionalProperties: .forbidden
    )
}
