package org.saferoll.validate.prose;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of vocabulary phrases, stemmed once, that can be found in a run of tokens.
 *
 * @param entries each phrase as written and as stems
 */
record Phrases(List<Entry> entries, java.util.Map<String, List<Entry>> byFirst) {

    Phrases(List<Entry> entries) {
        this(entries, index(entries));
    }

    /** Entries by their first stem, longest first: a lookup per token instead of a scan of the list. */
    private static java.util.Map<String, List<Entry>> index(List<Entry> entries) {
        java.util.Map<String, List<Entry>> byFirst = new java.util.HashMap<>();
        for (Entry e : entries) {
            byFirst.computeIfAbsent(e.stems().get(0), k -> new ArrayList<>()).add(e);
        }
        return byFirst;
    }

    /** Whether some phrase starts with this stem. */
    boolean startsWith(String stem) {
        return byFirst.containsKey(stem);
    }

    /** A phrase as the schema writes it, its stems, and a label (the region, for targets). */
    record Entry(String text, List<String> stems, String label) {
    }

    /** Where a phrase was found: token positions {@code [start, end)}. */
    record Match(Entry entry, int start, int end) {
    }

    static Phrases of(Words words, List<String> texts, String label) {
        List<Entry> out = new ArrayList<>();
        for (String text : texts) {
            List<String> stems = words.stems(text);
            if (!stems.isEmpty()) {
                out.add(new Entry(text, stems, label));
            }
        }
        // Longest first, so "foam roller" wins over "roller".
        out.sort((a, b) -> b.stems().size() - a.stems().size());
        return new Phrases(List.copyOf(out));
    }

    Phrases plus(Phrases other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        all.sort((a, b) -> b.stems().size() - a.stems().size());
        return new Phrases(List.copyOf(all));
    }

    /** The longest phrase starting at {@code at}, or null. */
    Match at(List<String> stems, int at) {
        if (at >= stems.size()) {
            return null;
        }
        for (Entry e : byFirst.getOrDefault(stems.get(at), List.of())) {
            if (matches(stems, at, e.stems())) {
                return new Match(e, at, at + e.stems().size());
            }
        }
        return null;
    }

    /** Every match in {@code [from, to)}, non-overlapping, left to right. */
    List<Match> all(List<String> stems, int from, int to) {
        List<Match> out = new ArrayList<>();
        for (int i = from; i < to; ) {
            Match m = at(stems, i);
            if (m != null && m.end() <= to) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when some phrase ends at or before {@code end} and starts at or after {@code from}. */
    boolean anyIn(List<String> stems, int from, int end) {
        return all(stems, Math.max(0, from), end).stream().anyMatch(m -> m.end() <= end);
    }

    private static boolean matches(List<String> stems, int at, List<String> phrase) {
        if (at + phrase.size() > stems.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).equals(stems.get(at + i))) {
                return false;
            }
        }
        return true;
    }
}
