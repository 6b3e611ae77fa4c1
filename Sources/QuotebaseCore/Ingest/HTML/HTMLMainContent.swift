import CLibXML2

/// Finds the article in a page and throws the rest away.
///
/// 1. Boilerplate goes first: `nav`, `header`, `footer`, `aside`, scripts, forms, hidden nodes, and blocks whose class
///    or id says share bar, comments, related links, newsletter, ad… (`HTMLBoilerplate`).
/// 2. The article is then the page's own word for it when it has one (`itemprop="articleBody"`, `<article>`, a
///    content class such as `article-body` or `entry-content`), unless that block is much poorer in text than the
///    best block found by text density.
/// 3. Otherwise, and as the check on step 2, every paragraph gives points to its parent and half to its grandparent;
///    a block's points are discounted by the share of its text inside links, and the best block wins together with
///    sibling blocks that score nearly as well.
struct HTMLMainContent {
    /// Per-element measures, indexed through the node's `_private` slot.
    struct Measure {
        var text = 0        // visible bytes of text below the element
        var linkText = 0    // of which inside <a>
        var paragraphText = 0  // of which inside <p>, <pre>, <blockquote>, <li>
        var commas = 0
        var score = 0.0
        var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }
    }

    private(set) var measures: [Measure] = [Measure()]  // index 0: elements not measured
    private var elements: [HTMLNode] = []
    let body: HTMLNode

    init(root: HTMLNode) {
        body = Self.findBody(root) ?? root
    }

    static func findBody(_ root: HTMLNode) -> HTMLNode? {
        if root.hasTag("body") { return root }
        var child = root.pointee.children
        while let node = child {
            if node.isElement, node.hasTag("body") { return node }
            child = node.pointee.next
        }
        return nil
    }

    func index(_ node: HTMLNode) -> Int {
        Int(bitPattern: node.pointee._private)
    }

    func measure(_ node: HTMLNode) -> Measure {
        let i = index(node)
        return i > 0 && i < measures.count ? measures[i] : Measure()
    }

    // MARK: Boilerplate removal

    /// Unlinks and frees boilerplate nodes. `protected` nodes (and their ancestors) are never removed.
    mutating func removeBoilerplate() {
        // First measure the untouched page, so a junk-looking wrapper that holds most of the text can be spared.
        measureAll()
        let total = max(measure(body).paragraphText, 1)
        var doomed: [HTMLNode] = []
        walkHTML(from: body, enter: { node in
            if node.pointee.type == XML_COMMENT_NODE {
                doomed.append(node)
                return false
            }
            guard node.isElement else { return false }
            if HTMLBoilerplate.isJunk(node) {
                let kept = self.measure(node)
                let holdsArticle = Double(kept.paragraphText) > 0.6 * Double(total)
                    && !HTMLBoilerplate.isComments(node)
                if !holdsArticle || HTMLBoilerplate.alwaysJunkTags.contains(node.tag) {
                    doomed.append(node)
                    return false
                }
            }
            return true
        })
        for node in doomed {
            xmlUnlinkNode(node)
            xmlFreeNode(node)
        }
        measureAll()
    }

    /// Measures every element below `body` in one pass.
    mutating func measureAll() {
        measures = [Measure()]
        elements = []
        var linkDepth = 0
        var paragraphDepth = 0
        var stack: [Int] = []
        body.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
        measures.append(Measure())
        elements.append(body)
        stack.append(1)
        walkHTML(from: body, enter: { node in
            if node.isText {
                guard let content = node.pointee.content, let top = stack.last else { return false }
                let (visible, commas) = HTMLWhitespace.visibleBytesAndCommas(content)
                self.measures[top].text += visible
                self.measures[top].commas += commas
                if linkDepth > 0 { self.measures[top].linkText += visible }
                if paragraphDepth > 0 { self.measures[top].paragraphText += visible }
                return false
            }
            guard node.isElement else { return false }
            self.measures.append(Measure())
            self.elements.append(node)
            let i = self.measures.count - 1
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: i)
            stack.append(i)
            if node.hasTag("a") { linkDepth += 1 }
            if HTMLBoilerplate.paragraphTags.contains(node.tag) { paragraphDepth += 1 }
            return true
        }, exit: { node in
            guard node.isElement, let i = stack.popLast() else { return }
            if node.hasTag("a") { linkDepth -= 1 }
            if HTMLBoilerplate.paragraphTags.contains(node.tag) { paragraphDepth -= 1 }
            if let parent = stack.last {
                self.measures[parent].text += self.measures[i].text
                self.measures[parent].linkText += self.measures[i].linkText
                self.measures[parent].paragraphText += self.measures[i].paragraphText
                self.measures[parent].commas += self.measures[i].commas
            }
        })
    }

    // MARK: Choosing the article

    /// The nodes holding the article, in document order.
    mutating func articleNodes() -> [HTMLNode] {
        let byDensity = densityCandidate()
        let densityValue = byDensity.map { value(of: $0.first!) } ?? 0
        if let semantic = semanticCandidate() {
            let semanticValue = semantic.reduce(0.0) { $0 + value(of: $1) }
            if semanticValue >= 0.5 * densityValue { return semantic }
        }
        return byDensity ?? [body]
    }

    /// Text that is not link text: what a block is worth as an article.
    private func value(of node: HTMLNode) -> Double {
        let m = measure(node)
        return Double(max(m.paragraphText, m.text / 3)) * (1 - m.linkDensity)
    }

    /// The page's own marking of the article body, if any: every `itemprop="articleBody"` block (some sites split the
    /// body around ads), else the richest `<article>` or content-class block.
    private func semanticCandidate() -> [HTMLNode]? {
        var articleBodies: [HTMLNode] = []
        var articles: [HTMLNode] = []
        var contentBlocks: [HTMLNode] = []
        walkHTML(from: body, enter: { node in
            guard node.isElement else { return false }
            if let itemprop = node.attribute("itemprop"), itemprop.lowercased().contains("articlebody") {
                articleBodies.append(node)
                return false
            }
            if node.hasTag("article") { articles.append(node) }
            if HTMLBoilerplate.isContentClass(node) { contentBlocks.append(node) }
            return true
        })
        let minimum = 140  // visible bytes: a teaser card is not an article
        let bodies = articleBodies.filter { measure($0).text >= minimum / 2 }
        if !bodies.isEmpty { return bodies }
        let best = (contentBlocks + articles)
            .filter { measure($0).paragraphText >= minimum }
            .max { value(of: $0) < value(of: $1) }
        return best.map { [$0] }
    }

    /// Readability-style scoring: the best block by paragraph text, with its siblings that score nearly as well.
    private mutating func densityCandidate() -> [HTMLNode]? {
        for i in measures.indices { measures[i].score = 0 }
        for (offset, node) in elements.enumerated() where HTMLBoilerplate.scoredTags.contains(node.tag) {
            let i = offset + 1
            let length = measures[i].text - measures[i].linkText
            guard length >= 25 else { continue }
            let commas = measures[i].commas
            let points = 1 + Double(min(commas, 10)) + min(Double(length) / 100, 3)
            if let parent = node.pointee.parent, parent.isElement {
                add(points, to: parent)
                if let grandparent = parent.pointee.parent, grandparent.isElement { add(points / 2, to: grandparent) }
            }
        }
        var best: HTMLNode?
        var bestScore = 0.0
        for (offset, node) in elements.enumerated() {
            let m = measures[offset + 1]
            guard m.score > 0 else { continue }
            let score = (m.score + HTMLBoilerplate.classWeight(node)) * (1 - m.linkDensity)
            measures[offset + 1].score = score
            if score > bestScore {
                bestScore = score
                best = node
            }
        }
        guard let top = best else { return nil }
        // Siblings that belong to the same story (a body split into several divs around an ad).
        guard let parent = top.pointee.parent else { return [top] }
        var chosen: [HTMLNode] = []
        var sibling = parent.pointee.children
        let threshold = max(10, bestScore * 0.2)
        while let node = sibling {
            defer { sibling = node.pointee.next }
            if node == top {
                chosen.append(node)
                continue
            }
            guard node.isElement else { continue }
            let m = measure(node)
            if m.score >= threshold {
                chosen.append(node)
            } else if node.hasTag("p"), m.text > 80, m.linkDensity < 0.25 {
                chosen.append(node)
            }
        }
        return chosen
    }

    private mutating func add(_ points: Double, to node: HTMLNode) {
        let i = index(node)
        guard i > 0, i < measures.count else { return }
        if measures[i].score == 0 { measures[i].score = HTMLBoilerplate.classWeight(node) > 0 ? 5 : 0 }
        measures[i].score += points
    }

    // MARK: Cleaning inside the article

    /// Whether an element inside the chosen article should be left out of its text: link lists ("read also", related
    /// stories) and boilerplate that survived because it sat inside the article.
    func skipInsideArticle(_ node: HTMLNode) -> Bool {
        let tag = node.tag
        if HTMLBoilerplate.inlineTags.contains(tag) { return false }
        let m = measure(node)
        if tag == "ul" || tag == "ol" || tag == "div" || tag == "section" || tag == "table" || tag == "dl" {
            if m.text > 0, m.linkDensity > 0.5, m.text < 2000 { return true }
        }
        if tag == "p" || tag == "li" {
            if m.text > 0, m.linkDensity > 0.8, m.text < 200 { return true }
        }
        return false
    }
}
