import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on up to `concurrency` threads, results in input order. Worker `w` takes elements `w`, `w + n`, …,
    /// so long and short articles spread evenly; `transform` must be a pure function of its element.
    ///
    /// With `yieldingToOtherThreads`, the work runs on threads of its own at a low scheduling priority while the
    /// calling thread waits: another thread of the process that has work, such as ingest's one database writer,
    /// then gets a core to itself, and these threads take what is left.
    func concurrentMap<T: Sendable>(concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                                    yieldingToOtherThreads: Bool = false,
                                    _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1, concurrency > 1 else { return map(transform) }
        let slots = Slots<T>(count: count)
        let workers = Swift.min(concurrency, count)
        let work: @Sendable (Int) -> Void = { worker in
            var index = worker
            while index < count {
                slots.set(index, transform(self[index]))
                index += workers
            }
        }
        if yieldingToOtherThreads {
            withoutActuallyEscaping(work) { work in BackgroundThreads.run(workers, work) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return slots.values
    }
}

/// Threads made for one piece of work and gone when it is done, at a lower priority than the process's others.
enum BackgroundThreads {
    /// Runs `work(0)`, …, `work(count - 1)` on `count` new threads and returns when all have finished, holding no
    /// reference to `work` any more (a `Thread` may outlive its block's last call).
    static func run(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
        start(count, work).wait()
    }

    /// Starts `work(0)`, …, `work(count - 1)` on `count` new threads; `wait()` on the result returns when all have
    /// finished.
    static func start(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) -> Running {
        let running = Running(work)
        for worker in 0..<count {
            running.finished.enter()
            let thread = Thread {
                lowerPriorityOfCurrentThread()
                running.work?(worker)
                running.finished.leave()
            }
            thread.qualityOfService = .utility
            thread.start()
        }
        return running
    }

    final class Running: @unchecked Sendable {
        fileprivate let finished = DispatchGroup()
        /// Set before the threads start, cleared once they have all finished.
        fileprivate var work: (@Sendable (Int) -> Void)?

        fileprivate init(_ work: @escaping @Sendable (Int) -> Void) { self.work = work }

        func wait() {
            finished.wait()
            work = nil
        }
    }

    private static func lowerPriorityOfCurrentThread() {
        #if os(Linux)
        // On Linux a nice value belongs to the thread that sets it (`who` 0 is the caller's thread). At 10 a thread
        // weighs a tenth of a normal one: measured on Reuters ingest, 10 and 19 gave the same, 5 less.
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
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
