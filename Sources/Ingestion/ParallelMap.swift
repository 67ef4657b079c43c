import Foundation

/// Maps over an array on all cores, keeping the order of the results.
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = Results<R>(count: items.count)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox(value: (items, transform))
            DispatchQueue.concurrentPerform(iterations: items.count) { k in
                results.set(k, work.value.1(work.value.0[k]))
            }
        }
        return results.values()
    }

    /// One slot per item, written once each from any thread.
    private final class Results<R>: @unchecked Sendable {
        private var slots: [R?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ k: Int, _ value: R) { lock.withLock { slots[k] = value } }

        func values() -> [R] { lock.withLock { slots.compactMap { $0 } } }
    }

    /// Hands values that are only read to the worker threads.
    private struct UncheckedBox<V>: @unchecked Sendable {
        let value: V
    }
}
