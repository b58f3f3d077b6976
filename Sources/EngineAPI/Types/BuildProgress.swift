/// One line of `POST /build` output: builder output, the built image's ID, or a failure.
package struct BuildProgress: Codable, Sendable, Hashable {
    /// Builder output, usually ending with a newline (`Step 1/3 : FROM busybox\n`).
    package var stream: String?
    /// Pull progress of base images (`pull=1`).
    package var status: String?
    package var aux: Aux?
    package var errorDetail: PullProgress.ErrorDetail?
    /// Legacy copy of `errorDetail.message`.
    package var error: String?

    /// Side data; the classic builder sends the image ID here once the build succeeded.
    package struct Aux: Codable, Sendable, Hashable {
        package var id: String?

        enum CodingKeys: String, CodingKey { case id = "ID" }
    }

    /// Creates a line (tests, fakes).
    package init(stream: String? = nil, status: String? = nil, imageID: String? = nil, error: String? = nil) {
        self.stream = stream
        self.status = status
        self.aux = imageID.map { Aux(id: $0) }
        self.error = error
    }

    /// The error message this line carries, if it reports a failure.
    package var errorMessage: String? {
        errorDetail?.message ?? error
    }
}
