import Foundation

/// A UTF-8 text file of the resource bundle, `Resources/FOLDER/NAME.EXTENSION` (or `FOLDER/NAME.EXTENSION`, where
/// the bundle is flattened); nil when it is missing or not UTF-8.
enum BundledText {
    static func read(_ name: String, _ fileExtension: String, in folder: String) -> String? {
        guard let url = Bundle.module.url(forResource: name, withExtension: fileExtension,
                                          subdirectory: "Resources/" + folder)
                ?? Bundle.module.url(forResource: name, withExtension: fileExtension, subdirectory: folder),
              let data = try? Data(contentsOf: url)
        else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
