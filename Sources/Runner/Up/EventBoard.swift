/// Fans daemon events out to the tasks waiting on particular containers. Events only wake waiters;
/// waiters then inspect, so the container's real state is always what decides.
package actor EventBoard {
    private var subscribers: [String: [Int: AsyncStream<Void>.Continuation]] = [:]
    private var nextToken = 0

    /// Creates an empty board.
    package init() {}

    /// A stream that yields whenever something happens to container `id`, and a token to unsubscribe.
    package func subscribe(_ id: String) -> (token: Int, wakeups: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        nextToken += 1
        subscribers[id, default: [:]][nextToken] = continuation
        return (nextToken, stream)
    }

    /// Ends a subscription.
    package func unsubscribe(_ id: String, token: Int) {
        subscribers[id]?.removeValue(forKey: token)?.finish()
    }

    /// Wakes the waiters of the event's container.
    package func deliver(_ event: ContainerEvent) {
        for continuation in (subscribers[event.containerID] ?? [:]).values {
            continuation.yield()
        }
    }

    /// Wakes every waiter: the guard against an event lost while a daemon's stream reconnected.
    package func wakeAll() {
        for continuation in subscribers.values.flatMap(\.values) {
            continuation.yield()
        }
    }
}
