import Foundation

/// Whether the resource bundle (language profiles, gazetteers, lexicons, tagger models) is where the binary will
/// look for it. SwiftPM's `Bundle.module` stops the process with a backtrace when it is missing (a binary copied
/// away from its build folder); the command-line tool asks here first and says what to do in one line.
public enum ResourceCheck {
    public static let bundleName = "Quotebase_QuotebaseCore.resources"

    /// nil when the bundle is beside the executable; otherwise the problem, in words.
    public static func problem() -> String? {
        let beside = Bundle.main.bundleURL.appendingPathComponent(bundleName)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: beside.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return nil
        }
        return "\(beside.path): the resource bundle is missing (it must be beside the binary); "
            + "install with scripts/install.sh, or copy \(bundleName) from the build folder next to it"
    }
}
