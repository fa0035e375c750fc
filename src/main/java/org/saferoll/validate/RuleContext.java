package org.saferoll.validate;

import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Site;

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

    /** The page {@code id} refers to, when it exists and is of {@code type}. */
    public Optional<Page> page(String id, PageType type) {
        return Optional.ofNullable(byId.get(id)).filter(p -> p.isType(type));
    }
}
