import NIOCore

/// One half of a pair of handlers that copy bytes between two channels on one event loop (a tunnel
/// connection and its dial command's pipes), with back-pressure: a side stops reading while the other
/// cannot take more, so neither buffers more than a socket's worth.
final class ByteRelay: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    private var partner: ByteRelay?
    private var context: ChannelHandlerContext?
    private var readHeld = false

    private init() {}

    /// Two relays joined to each other; add one to each channel's pipeline.
    static func pair() -> (ByteRelay, ByteRelay) {
        let first = ByteRelay()
        let second = ByteRelay()
        first.partner = second
        second.partner = first
        return (first, second)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        partner = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner?.context?.write(data, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        partner?.context?.flush()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { partner?.releaseRead() }
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func read(context: ChannelHandlerContext) {
        if partner?.context?.channel.isWritable ?? true {
            context.read()
        } else {
            readHeld = true
        }
    }

    /// The partner can take bytes again: resume the read held back meanwhile.
    private func releaseRead() {
        guard readHeld, let context else { return }
        readHeld = false
        context.read()
    }
}
