package org.saferoll.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.schema.SafetySchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code schema/prose.json}, and the no-roll targets derived from the region
 * words and {@code rules.json}'s no-roll regions. This is what the safety-schema page shows and
 * what {@link AdviceCheck} compiles.
 *
 * @param targets       no-roll region id to the words that name it
 * @param regionWords   every region id to its words (the no-roll ones included)
 * @param regionWhy     why the no-roll regions are off limits, from {@code rules.json}
 * @param lists         every other list by its JSON path, e.g. {@code pressure.directActions}
 * @param messages      kind ({@code pressure}, {@code override}, {@code saying}, {@code speed}) to why/instead
 */
public record ProseVocabulary(Map<String, List<String>> targets, Map<String, List<String>> regionWords, String regionWhy,
                              Map<String, List<String>> lists, Map<String, Message> messages) {

    /** What a message says, with {@code {target}} and {@code {region-why}} filled in later. */
    public record Message(String why, String instead) {
    }

    /** The list at {@code path} (such as {@code negations.before}); empty when absent. */
    public List<String> list(String path) {
        return lists.getOrDefault(path, List.of());
    }

    public static ProseVocabulary from(SafetySchema schema) {
        JsonNode prose = schema.proseNode();
        Map<String, List<String>> regionWords = new LinkedHashMap<>();
        for (String region : schema.vocabulary("region")) {
            List<String> words = SafetySchema.strings(prose.path("regionWords").path(region));
            regionWords.put(region, words.isEmpty() ? List.of(region.replace('-', ' ')) : words);
        }
        Map<String, List<String>> targets = new LinkedHashMap<>();
        for (String region : schema.list("noRollZone", "regions")) {
            targets.put(region, regionWords.getOrDefault(region, List.of(region.replace('-', ' '))));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        collect("", prose, lists);
        Map<String, Message> messages = new LinkedHashMap<>();
        prose.path("messages").fields().forEachRemaining(e -> messages.put(e.getKey(),
                new Message(e.getValue().path("why").asText(), e.getValue().path("instead").asText())));
        return new ProseVocabulary(java.util.Collections.unmodifiableMap(targets), regionWords, schema.text("noRollZone", "why"), lists, messages);
    }

    private static void collect(String prefix, JsonNode node, Map<String, List<String>> out) {
        node.fields().forEachRemaining(e -> {
            String path = prefix + e.getKey();
            if (e.getValue().isArray()) {
                out.put(path, SafetySchema.strings(e.getValue()));
            } else if (e.getValue().isObject() && !path.equals("regionWords") && !path.equals("messages")) {
                collect(path + ".", e.getValue(), out);
            }
        });
    }

    /** Every region word that is not a no-roll target: what else an action may be aimed at. */
    public List<String> otherParts() {
        List<String> out = new ArrayList<>(list("otherBodyParts"));
        regionWords.forEach((region, words) -> {
            if (!targets.containsKey(region)) {
                out.addAll(words);
            }
        });
        return out;
    }
}
