package org.saferoll.load;

import java.util.List;
import java.util.Optional;

/**
 * One content page, loaded once and shared by every later stage: its source, its header, its
 * steps and its converted HTML body.
 *
 * @param source the file as written
 * @param id     the file name without {@code .adoc}; what other pages refer to
 * @param uri    output path relative to the site root, e.g. {@code techniques/lat-roll.html}
 * @param header the header attributes with their lines
 * @param steps  routine steps, in order (empty for other pages)
 * @param html   the body converted to HTML in secure mode (empty when only checking)
 * @param anchors ids of the page's sections and blocks, which links may name after {@code #}
 * @param prose   the text a reader reads, block by block, for the prose check
 * @param markup  constructs of the parsed document that could carry raw HTML
 */
public record Page(SourceFile source, String id, String uri, Header header, List<Step> steps, String html,
                   java.util.Set<String> anchors, List<Prose> prose, List<Markup> markup) {

    /** A page without raw-HTML constructs. */
    public Page(SourceFile source, String id, String uri, Header header, List<Step> steps, String html,
                java.util.Set<String> anchors, List<Prose> prose) {
        this(source, id, uri, header, steps, html, anchors, prose, List.of());
    }

    /** A page without prose blocks, for callers that never run the prose check. */
    public Page(SourceFile source, String id, String uri, Header header, List<Step> steps, String html,
                java.util.Set<String> anchors) {
        this(source, id, uri, header, steps, html, anchors, List.of());
    }

    /**
     * Hashed by its file alone, which no two pages of a site share: navigation keeps pages in sets, and the
     * record's own hash walked every block of prose and the whole HTML on each lookup. Equal pages still hash equal.
     */
    @Override
    public int hashCode() {
        return source.path().hashCode();
    }

    public String title() {
        return header.title();
    }

    public String path() {
        return source.path();
    }

    /** The declared {@code :jbake-type:}, if it names a known type. */
    public Optional<PageType> type() {
        return PageType.fromId(header.value("jbake-type"));
    }

    public boolean isType(PageType type) {
        return type().filter(type::equals).isPresent();
    }

    public boolean isPublished() {
        return "published".equals(header.value("jbake-status"));
    }

    public String description() {
        return header.value("description");
    }

    /** The latest of its editorial check and clinical review dates, as {@code YYYY-MM-DD}, or empty. */
    public String lastChecked() {
        return java.util.stream.Stream.of(header.value("checked-on"), header.value("reviewed-on"))
                .filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).max(String::compareTo).orElse("");
    }
}
