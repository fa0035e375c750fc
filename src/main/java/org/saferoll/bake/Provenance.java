package org.saferoll.bake;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a page's facts come from and who checked it: its sources, read from the registry in
 * {@code schema/sources.json}, its editorial check, and its clinical review when one happened.
 * The page, its footer and its JSON-LD all read from here, so they cannot say different things.
 */
public final class Provenance {
    private final JsonNode registry;
    private final int checkYears;

    /**
     * @param registry   the {@code sources} object of {@code schema/sources.json}
     * @param checkYears how long a check or review lasts before it falls due
     */
    public Provenance(JsonNode registry, int checkYears) {
        this.registry = registry;
        this.checkYears = checkYears;
    }

    /** The sources a page declares, as the registry describes them. */
    public List<Map<String, Object>> sources(Page page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : page.header().items("sources")) {
            if (registry.has(id)) {
                out.add(source(id, registry.get(id)));
            }
        }
        return out;
    }

    /** Every source of the site, for the footer. */
    public List<Map<String, Object>> all() {
        List<Map<String, Object>> out = new ArrayList<>();
        registry.fields().forEachRemaining(e -> out.add(source(e.getKey(), e.getValue())));
        return out;
    }

    private static Map<String, Object> source(String id, JsonNode s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", s.path("title").asText());
        m.put("author", s.path("author").asText());
        m.put("section", s.path("section").asText());
        m.put("note", s.path("note").asText());
        return m;
    }

    /**
     * The review box: the editorial check (who, when, when it falls due) and, only when it
     * happened, the clinical review. {@code clinical} is false when no clinician reviewed the page.
     */
    public Map<String, Object> review(Page page) {
        Map<String, Object> r = new LinkedHashMap<>();
        dated(page, "checked").ifPresent(date -> {
            r.put("checkedby", page.header().value("checked-by"));
            r.put("checkedon", date.toString());
            r.put("checkedonlabel", Dates.label(date));
            r.put("checkdue", date.plusYears(checkYears).toString());
            r.put("checkduelabel", Dates.label(date.plusYears(checkYears)));
        });
        Optional<LocalDate> reviewed = dated(page, "reviewed");
        r.put("clinical", reviewed.isPresent());
        reviewed.ifPresent(date -> {
            r.put("reviewedby", page.header().value("reviewed-by"));
            r.put("reviewedon", date.toString());
            r.put("reviewedonlabel", Dates.label(date));
        });
        return r;
    }

    /** The date of {@code kind} ("checked" or "reviewed") when both its who and its when are given. */
    private static Optional<LocalDate> dated(Page page, String kind) {
        String on = page.header().value(kind + "-on");
        if (page.header().value(kind + "-by").isBlank() || !on.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(on));
    }
}
