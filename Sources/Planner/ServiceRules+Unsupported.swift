import ComposeModel

extension ServiceRules {
    /// Service fields mixcompose reads but does not carry out on either daemon; each is reported
    /// rather than dropped in silence.
    mutating func checkUnsupported() {
        if service.useAPISocket == true {
            report(
                .unsupportedField, "use_api_socket is not supported: the daemon socket is not mounted into the container",
                field: "use_api_socket")
        }
        if !service.postStart.isEmpty {
            report(.unsupportedField, "post_start hooks are not run", field: "post_start")
        }
        if !service.preStop.isEmpty {
            report(.unsupportedField, "pre_stop hooks are not run", field: "pre_stop")
        }
        if service.provider != nil {
            report(.unsupportedField, "provider services are not run", field: "provider")
        }
        if !service.models.isEmpty {
            report(.unsupportedField, "models are not provided to the service", field: "models")
        }
    }
}
