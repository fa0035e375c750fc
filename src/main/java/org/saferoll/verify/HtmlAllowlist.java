package org.saferoll.verify;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.saferoll.schema.SafetySchema;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTML a published page may contain, read from {@code schema/html-allowlist.json}: which
 * elements and attributes, which URL schemes. This is the guarantee behind the source-level
 * raw-HTML rule: whatever AsciiDoc spelling produced it, markup that is not listed never ships.
 *
 * <p>Two lists: what a page's own text may become ({@code content}) and what our templates add
 * around it ({@code templates}). A page's body is checked against the first alone, the whole
 * baked page against both. A third ({@code files}) says which other files may ship and what an
 * SVG file may hold.
 *
 * <p>Long because the three lists are read from one schema file and checked with the same
 * element, attribute and URL tests; split apart they would each need the parsed lists.
 */
public final class HtmlAllowlist {

    /** One thing that is not allowed, said so that equal problems compare equal. */
    public record Violation(String what) {
    }

    private record Elements(Map<String, Set<String>> byTag, Set<String> everyElement, List<String> prefixes) {
        static Elements of(JsonNode node) {
            Map<String, Set<String>> byTag = new HashMap<>();
            node.path("elements").fields().forEachRemaining(e -> byTag.put(e.getKey(), lower(e.getValue())));
            return new Elements(byTag, lower(node.path("everyElement")), SafetySchema.strings(node.path("attributePrefixes")));
        }

        /** Whether this list allows {@code attribute} on {@code tag}, an element allowed by this list or the other. */
        boolean allows(String tag, String attribute) {
            Set<String> own = byTag.get(tag);
            if (own != null && own.contains(attribute) || everyElement.contains(attribute)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (attribute.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** HTML attribute names are case-insensitive and the parser lower-cases them (viewBox becomes viewbox). */
    private static Set<String> lower(JsonNode array) {
        return Set.copyOf(SafetySchema.strings(array).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }

    private final Elements content;
    private final Elements templates;
    private final Set<String> schemes;
    private final Set<String> urlAttributes;
    private final Map<String, Set<String>> styles = new HashMap<>();
    private final Set<String> assetTypes;
    private final Set<String> generatedFiles;
    private final Set<String> svgElements;

    private HtmlAllowlist(JsonNode node) {
        this.content = Elements.of(node.path("content"));
        this.templates = Elements.of(node.path("templates"));
        this.schemes = Set.copyOf(SafetySchema.strings(node.path("schemes")));
        this.urlAttributes = Set.copyOf(SafetySchema.strings(node.path("urlAttributes")));
        this.assetTypes = Set.copyOf(SafetySchema.strings(node.path("files").path("assetTypes")));
        this.generatedFiles = Set.copyOf(SafetySchema.strings(node.path("files").path("generated")));
        this.svgElements = lower(node.path("files").path("svgElements"));
        node.path("content").path("styles").fields()
                .forEachRemaining(e -> styles.put(e.getKey(), Set.copyOf(SafetySchema.strings(e.getValue()))));
    }

    public static HtmlAllowlist of(JsonNode node) {
        return new HtmlAllowlist(node);
    }

    /** The problems of a page's own HTML body (what Asciidoctor made of its text), in document order. */
    public List<Violation> checkContent(String bodyHtml) {
        // Parsed as a whole document, as the browser will: stray <html>/<body> tags fold their
        // attributes into the real ones, and <meta>, <link>, <base>... move to the head.
        Document doc = Jsoup.parse(bodyHtml);
        Set<Violation> out = new LinkedHashSet<>();
        for (Element outer : List.of(doc.child(0), doc.head(), doc.body())) {
            outer.attributes().forEach(a -> out.add(attributeProblem(outer.tagName(), a)));
        }
        doc.head().children().forEach(e -> out.add(new Violation("<" + e.tagName() + "> is not allowed in a page")));
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                out.add(new Violation("an HTML comment (<!--) is not allowed in a page"));
            }
        }, doc);
        for (Element e : doc.body().getAllElements()) {
            if (e != doc.body()) {
                check(e, content, false, out);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The problems of a whole baked page: template and content elements together. Scripts are
     * allowed here because a page's own HTML, checked by {@link #checkContent}, can never hold one.
     */
    public List<Violation> checkPage(Document page) {
        Set<Violation> out = new LinkedHashSet<>();
        for (Element e : page.getAllElements()) {
            if (e != page) {
                check(e, templates, true, out);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether a file other than a baked page may ship at {@code path} (relative to the site):
     * only the listed asset types and the build's own files, so no HTML, XHTML or XML document
     * of an asset's can run a script at the site's address.
     */
    public Optional<Violation> checkFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (assetTypes.contains(type) || generatedFiles.contains(path)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("a ." + type + " file may not be published (allowed: " + assetTypes.stream().sorted().toList() + ")"));
    }

    /**
     * The problems of an SVG file, parsed as XML: a browser opening it runs its scripts at the
     * site's address, so only drawing elements with the attributes the templates may use pass.
     */
    public List<Violation> checkSvg(Document svg) {
        Set<Violation> out = new LinkedHashSet<>();
        for (Element e : svg.getAllElements()) {
            if (e == svg) {
                continue;
            }
            String tag = e.normalName();
            if (!svgElements.contains(tag)) {
                out.add(new Violation("<" + tag + "> is not allowed in an SVG file"));
                continue;
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (!templates.allows(tag, name) && !name.equals("xmlns") && !name.equals("xmlns:xlink")) {
                    out.add(attributeProblem(tag, a));
                } else if (urlAttributes.contains(name) && !a.getValue().startsWith("#")) {
                    out.add(new Violation("the URL " + name + "=\"" + a.getValue() + "\" on <" + tag + "> is not allowed in an SVG file"));
                }
            }
        }
        return List.copyOf(out);
    }

    private void check(Element e, Elements extra, boolean page, Set<Violation> out) {
        String tag = e.normalName();
        boolean known = content.byTag().containsKey(tag) || page && extra.byTag().containsKey(tag);
        if (!known) {
            out.add(new Violation("<" + tag + "> is not allowed in a page"));
            return;
        }
        for (Attribute a : e.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            boolean allowed = content.byTag().containsKey(tag) && content.allows(tag, name) || page && extra.allows(tag, name);
            if (!allowed) {
                out.add(attributeProblem(tag, a));
            } else if (name.equals("style") && !plainStyle(tag, a.getValue())) {
                out.add(new Violation("a style attribute on <" + tag + "> (\"" + a.getValue() + "\") is not allowed in a page"));
            } else if (urlAttributes.contains(name) && !schemeAllowed(a.getValue())) {
                out.add(new Violation("the URL scheme of " + name + "=\"" + a.getValue() + "\" on <" + tag + "> is not allowed"));
            }
        }
    }

    private static Violation attributeProblem(String tag, Attribute a) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
            return new Violation("the event handler " + name + "= on <" + tag + "> is not allowed");
        }
        return new Violation("the attribute " + name + "= on <" + tag + "> is not allowed");
    }

    /** Only the listed properties, each with a plain number, percentage or pixel value. */
    private boolean plainStyle(String tag, String style) {
        Set<String> properties = styles.getOrDefault(tag, Set.of());
        for (String declaration : style.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon < 0 || !properties.contains(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT))
                    || !declaration.substring(colon + 1).trim().matches("\\d+(\\.\\d+)?(%|px)?")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a URL is relative or uses an allowed scheme, compared as a browser reads it. */
    boolean schemeAllowed(String url) {
        return org.saferoll.util.UrlSchemes.disallowed(url, schemes).isEmpty();
    }

    /** For the safety-schema page: each content element with its own attributes, sorted. */
    public Map<String, List<String>> contentAttributes() {
        Map<String, List<String>> m = new java.util.TreeMap<>();
        content.byTag().forEach((tag, attrs) -> m.put(tag, attrs.stream().sorted().toList()));
        return m;
    }

    public List<String> everyElementAttributes() {
        return content.everyElement().stream().sorted().toList();
    }

    public List<String> schemes() {
        return schemes.stream().sorted().toList();
    }
}
