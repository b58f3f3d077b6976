/// What canonicalisation needs to know about the document's surroundings.
package struct CanonicalOptions: Sendable, Hashable {
    /// Absolute directory that relative paths in the document resolve against.
    package var baseDirectory: String
    /// Where `~` in a bind-mount source points.
    package var homeDirectory: String
    /// A later `-f` file or an `extends` base: services may be null and defaults that a merge
    /// would wrongly impose (`build.context`, `build.dockerfile`) are not filled in.
    package var isOverride: Bool

    package init(baseDirectory: String, homeDirectory: String, isOverride: Bool = false) {
        self.baseDirectory = baseDirectory
        self.homeDirectory = homeDirectory
        self.isOverride = isOverride
    }
}
