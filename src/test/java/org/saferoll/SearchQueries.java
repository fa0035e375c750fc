package org.saferoll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The search query set ({@code search-queries.tsv}): what readers type and the pages they mean, by id. */
public final class SearchQueries {
    /** One query; it passes when any expected page id is among the top results. */
    public record Query(String text, List<String> expected, boolean fromIssue) {
        public boolean passes(List<String> topIds) {
            return topIds.stream().anyMatch(expected::contains);
        }
    }

    private SearchQueries() {
    }

    public static List<Query> load() throws IOException {
        try (InputStream in = SearchQueries.class.getResourceAsStream("/search-queries.tsv")) {
            if (in == null) {
                throw new IOException("search-queries.tsv is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Query(f[0], Arrays.asList(f[1].split(" ")), f.length > 2 && f[2].equals("issue")))
                    .toList();
        }
    }
}
