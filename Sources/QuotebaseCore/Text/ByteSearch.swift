import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte`, found with memchr, which scans many bytes per step: lines and articles are
    /// often kilobytes long, and most hold no NUL or CR at all.
    func firstOffset(of byte: UInt8) -> Int? {
        guard let base = baseAddress, let hit = memchr(base, Int32(byte), count) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
