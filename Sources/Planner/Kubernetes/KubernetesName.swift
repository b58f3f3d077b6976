/// Kubernetes object names from Compose names: lower-case RFC 1123 labels (`[a-z0-9-]`, starting with a
/// letter, at most 63 characters), so `my_Service.v2` becomes `my-service-v2`.
enum KubernetesName {
    /// `name` as a DNS label; every character outside `[a-z0-9]` becomes `-`, a leading digit gets an `s-` prefix.
    static func label(_ name: String) -> String {
        var text = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        while text.hasPrefix("-") { text.removeFirst() }
        if text.first.map({ !$0.isLetter }) ?? true { text = "s-" + text }
        text = String(text.prefix(63))
        while text.hasSuffix("-") { text.removeLast() }
        return text
    }

    /// A Secret or ConfigMap key (`[-._a-zA-Z0-9]+`) for a file name.
    static func key(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let text = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) ? $0 : "-" })
        return text.isEmpty || text == "." || text == ".." ? "file" : text
    }

    /// The host name a pod of OS `os` reaches `service` by: the short Service name on Linux, the fully
    /// qualified one on Windows, whose resolver appends one DNS suffix only.
    static func host(of service: String, namespace: String, for os: DaemonRole) -> String {
        os == .windows ? "\(label(service)).\(namespace).svc.cluster.local" : label(service)
    }
}
