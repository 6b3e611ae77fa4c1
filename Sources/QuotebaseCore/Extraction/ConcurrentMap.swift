import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on up to `concurrency` threads, results in input order. Worker `w` takes elements `w`, `w + n`, …,
    /// so long and short articles spread evenly; `transform` must be a pure function of its element.
    func concurrentMap<T: Sendable>(concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                                    _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, concurrency > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        let workers = Swift.min(concurrency, count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < count {
                slots.set(index, transform(self[index]))
                index += workers
            }
        }
        return slots.values
    }
}

/// Result slots filled by concurrent workers, each slot by exactly one worker.
private final class Slots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
