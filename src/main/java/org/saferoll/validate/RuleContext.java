package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Site;
import org.saferoll.schema.SafetySchema;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule may look at besides the page it checks: the whole site, the schema and today's date.
 *
 * @param site   every loaded page
 * @param schema the safety schema
 * @param today  the date reviews are measured against
 * @param byId   pages by id
 * @param byPath pages by their path, e.g. {@code content/techniques/lat-roll.adoc}
 */
public record RuleContext(Site site, SafetySchema schema, LocalDate today, Map<String, Page> byId,
                          Map<String, Page> byPath) {

    public RuleContext(Site site, SafetySchema schema, LocalDate today) {
        this(site, schema, today, site.byId(), site.pages().stream()
                .collect(java.util.stream.Collectors.toMap(Page::path, p -> p, (a, b) -> a)));
    }

    /**
     * The context of a rule that reads only its own page ({@link Rule#readsSite()} false): no
     * site at all, so a rule that claims so wrongly fails on its first look instead of having its
     * results reused after the pages it read changed.
     */
    static RuleContext pageOnly(SafetySchema schema, LocalDate today) {
        return new RuleContext(null, schema, today, null, null);
    }

    /**
     * True when {@code path} (e.g. {@code content/equipment/foam-roller.adoc}) is a file the load
     * stage could not read. It is reported once there; links and references to it say nothing more.
     */
    public boolean unreadable(String path) {
        return site.problems().stream().anyMatch(d -> d.rule().equals("input") && d.file().equals(path));
    }

    /** True when a file with this id exists but could not be read. */
    public boolean unreadableId(String id) {
        return site.problems().stream().anyMatch(d -> d.rule().equals("input") && d.file().endsWith("/" + id + ".adoc"));
    }

    /** The page {@code id} refers to, when it exists and is of {@code type}. */
    public Optional<Page> page(String id, PageType type) {
        return Optional.ofNullable(byId.get(id)).filter(p -> p.isType(type));
    }
}
