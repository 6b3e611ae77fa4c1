/// Help text written for the source's width but printed at the terminal's: argument-parser wraps each line on its
/// own, so a paragraph wrapped by hand at 100 columns came out ragged at 80 ("…its path" / "is printed so" / "you
/// can…"). `flow` joins the lines of each paragraph into one, which the parser then wraps cleanly at any width.
/// Indented lines (examples, column lists) and blank lines are kept as they are.
enum Help {
    static func flow(_ text: String) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        func close() {
            if !paragraph.isEmpty { out.append(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.first == " " {
                close()
                out.append(String(line))
            } else {
                paragraph.append(String(line))
                // A heading ("Examples:") introduces the indented lines that follow; it is never joined to them.
                if line.hasSuffix(":") { close() }
            }
        }
        close()
        return out.joined(separator: "\n")
    }
}
