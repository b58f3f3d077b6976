import NIOCore
import NIOHTTP1

/// Collects one HTTP request at a time and writes the stub server's answer.
final class StubHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let server: StubEngineServer
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []

    init(server: StubEngineServer) {
        self.server = server
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body = []
        case .body(let buffer):
            body += buffer.readableBytesView
        case .end:
            guard let head else { return }
            let request = StubEngineServer.Request(
                method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: body)
            let response = server.answer(request)
            let keepAlive = head.isKeepAlive
            self.head = nil
            guard let delay = response.delay else { return respond(response, keepAlive: keepAlive, context: context) }
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.scheduleTask(in: delay) {
                bound.value.0.respond(response, keepAlive: keepAlive, context: bound.value.1)
            }
        }
    }

    private func respond(_ response: StubEngineServer.Response, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        if response.chunks.count <= 1, response.status != 204, response.status != 304 {
            headers.replaceOrAdd(name: "Content-Length", value: String(response.chunks.first?.count ?? 0))
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        for chunk in response.chunks where !chunk.isEmpty {
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: chunk)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        if !keepAlive { context.close(promise: nil) }
    }
}
