import YAML

/// Turns the loader's final canonical tree into the typed `Project`.
package enum ProjectDecoder {
    /// Decodes `tree`, the canonical project (the shape `config --format json` prints).
    package static func decode(_ tree: Node, workingDirectory: String, composeFiles: [String] = [],
                               environment: [String: String] = [:]) -> Project {
        let root = tree.mapping ?? Node.Mapping()
        var project = Project(
            name: root["name"]?.stringValue ?? "", workingDirectory: workingDirectory,
            composeFiles: composeFiles, environment: environment)
        project.extensions = tree.extensionFields
        for entry in root["services"]?.mapping ?? Node.Mapping() {
            project.services[entry.name] = ServiceDecoder.decode(entry)
        }
        for entry in root["networks"]?.mapping ?? Node.Mapping() {
            project.networks[entry.name] = ResourceDecoder.network(entry)
        }
        for entry in root["volumes"]?.mapping ?? Node.Mapping() {
            project.volumes[entry.name] = ResourceDecoder.volume(entry)
        }
        for entry in root["secrets"]?.mapping ?? Node.Mapping() {
            project.secrets[entry.name] = ResourceDecoder.fileObject(entry)
        }
        for entry in root["configs"]?.mapping ?? Node.Mapping() {
            project.configs[entry.name] = ResourceDecoder.fileObject(entry)
        }
        return project
    }
}

extension LoadResult {
    /// The typed project, when loading produced a tree.
    package var project: Project? {
        tree.map {
            ProjectDecoder.decode($0, workingDirectory: workingDirectory, composeFiles: files, environment: environment)
        }
    }
}
