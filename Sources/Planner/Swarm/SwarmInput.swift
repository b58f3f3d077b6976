import ComposeModel

/// What `stack deploy` and `validate --target swarm` convert: the loaded project, its plan (each service's OS
/// and peers), the stack's name, how Windows nodes are told apart, and the bytes of the files its secrets and
/// configs name, which the caller reads (the conversion does no I/O).
package struct SwarmInput: Sendable {
    package var project: Project
    package var plan: Plan
    /// The stack's name: the prefix of every object (`<namespace>_<name>`) and `com.docker.stack.namespace`.
    package var namespace: String
    /// Windows services are placed by the node label `io.mixcompose.os == windows` instead of
    /// `node.platform.os == windows`, so a Linux-only test swarm can stand in for a mixed one.
    package var windowsStandin: Bool
    /// False for swarms without the routing mesh (Windows Server 2016; kernels without IPVS): every service
    /// then gets `endpoint_mode: dnsrr` and every published port `mode: host`, and the stack says so.
    package var routingMesh: Bool
    /// File contents by the absolute path the project names; a path missing here could not be read.
    package var files: [String: [UInt8]]

    package init(
        project: Project, plan: Plan, namespace: String, windowsStandin: Bool = false, routingMesh: Bool = true,
        files: [String: [UInt8]] = [:]
    ) {
        self.project = project
        self.plan = plan
        self.namespace = namespace
        self.windowsStandin = windowsStandin
        self.routingMesh = routingMesh
        self.files = files
    }

    /// The files whose contents the conversion uses: `file:` secrets and configs. Sorted.
    package static func filesToRead(in project: Project) -> [String] {
        var paths = Set<String>()
        for object in Array(project.secrets.values) + Array(project.configs.values) where !object.external {
            if let file = object.file { paths.insert(file) }
        }
        return paths.sorted()
    }
}
