import Foundation

/// Writes `text` to standard error as is.
func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
