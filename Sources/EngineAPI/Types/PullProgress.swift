/// One line of `POST /images/create` output: progress, or a failure reported inside the stream.
package struct PullProgress: Codable, Sendable, Hashable {
    package var status: String?
    package var id: String?
    package var progress: String?
    package var progressDetail: Detail?
    package var errorDetail: ErrorDetail?
    /// Legacy copy of `errorDetail.message`, deprecated in API 1.48 but still sent.
    package var error: String?

    /// Bytes done and expected for one layer.
    package struct Detail: Codable, Sendable, Hashable {
        package var current: Int64?
        package var total: Int64?
    }

    /// The failure a pull reports after answering 200.
    package struct ErrorDetail: Codable, Sendable, Hashable {
        package var code: Int?
        package var message: String?
    }

    /// The error message this line carries, if it reports a failure.
    package var errorMessage: String? {
        errorDetail?.message ?? error
    }
}
