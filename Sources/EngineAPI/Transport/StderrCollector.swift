import NIOCore

/// Feeds a child's stderr into `StdioChild`.
final class StderrCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let child: StdioChild

    init(child: StdioChild) {
        self.child = child
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        child.appendStderr(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        child.stderrClosed()
        context.fireChannelInactive()
    }
}
