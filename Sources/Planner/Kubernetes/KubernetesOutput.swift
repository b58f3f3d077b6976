import ComposeModel
import YAML

/// The manifests a conversion produced, in apply order (PersistentVolumeClaims, Secrets, ConfigMaps,
/// Services, Deployments), and what it could not carry over.
package struct KubernetesOutput: Sendable {
    package var objects: [Node]
    package var diagnostics: Diagnostics

    package init(objects: [Node] = [], diagnostics: Diagnostics = Diagnostics()) {
        self.objects = objects
        self.diagnostics = diagnostics
    }

    /// Every object as one multi-document YAML stream (`---` between documents).
    package func yaml() -> String {
        objects.map { ConfigRenderer.yaml($0, escapeDollars: false) }.joined(separator: "---\n")
    }

    /// One file per object, `<kind>-<name>.yaml` in lower case, for `-o DIR`.
    package func files() -> [(name: String, text: String)] {
        objects.map { object in
            let kind = object.mapping?["kind"]?.scalar?.text.lowercased() ?? "object"
            let name = object.mapping?["metadata"]?.mapping?["name"]?.scalar?.text ?? "unnamed"
            return (name: "\(kind)-\(name).yaml", text: ConfigRenderer.yaml(object, escapeDollars: false))
        }
    }
}
