package org.saferoll.validate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.saferoll.load.Page;
import org.saferoll.load.PageType;
import org.saferoll.load.Step;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in prose match the data. Every time a sentence states is compared with the data it
 * speaks of: a pause on a tender spot with the hold window; on a routine page, or in a sentence
 * that links one routine, a time per area with the routine's context window and any other time
 * with the routine's total (the sum of its steps, both sides counted) within a tolerance; on a
 * technique page, a time with the technique's {@code :seconds-min:} to {@code :seconds-max:}, and
 * any time at all on a technique that gives none.
 */
public final class DurationRule implements Rule {
    private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]*?)(?:\\.adoc)?(?:#[^\\[\\s]*)?\\[([^\\]]*)\\]");
    /** How many words either side of a time may say that it is per area ("30 s on each side"). */
    private static final int NEAR = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    @Override
    public String id() {
        return "duration";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "Times in the text match the data: a routine's total (on its page or by a link to it) within "
                + schema.number("statedTime", "toleranceSeconds") + " s of its steps; per area, its context; a technique's, its range; a pause, "
                + schema.number("hold", "min") + " to " + schema.number("hold", "max") + " s.";
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        if (page.type().isEmpty()) {
            return;
        }
        var header = page.header();
        if (header.attribute("description").isPresent()) {
            checkLine(page, context, header.value("description"), header.line("description"), out);
        }
        List<String> lines = page.source().lines();
        boolean inComment = false;
        for (int i = header.bodyStartLine() - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("////")) {
                inComment = !inComment;
            }
            if (inComment || line.startsWith("//") || line.startsWith("[")) {
                continue; // comments and block attributes such as [.step,seconds=60] are data, not prose
            }
            checkLine(page, context, line, i + 1, out);
        }
    }

    private void checkLine(Page page, RuleContext context, String line, int number, List<Diagnostic> out) {
        SafetySchema schema = context.schema();
        for (String sentence : SENTENCE_END.split(line)) {
            String text = XREF.matcher(sentence).replaceAll("$2");
            List<StatedTime> times = StatedTime.find(text);
            if (times.isEmpty()) {
                continue; // most sentences state no time: nothing to compare, so no routine to look up
            }
            List<String> holdWords = schema.list("statedTime", "holdWords");
            boolean lineHolds = containsAny(line.toLowerCase(Locale.ROOT), holdWords);
            Optional<Page> routine = routineNamed(page, sentence, context);
            String words = text.toLowerCase(Locale.ROOT);
            for (StatedTime time : times) {
                boolean perArea = nearby(words, time, schema.list("statedTime", "perAreaWords"));
                boolean hold = containsAny(words, holdWords) || (lineHolds && !perArea);
                Optional<String> problem = hold ? holdProblem(time, context)
                        : routine.isPresent() ? routineProblem(time, perArea, routine.get(), schema)
                        : page.isType(PageType.TECHNIQUE) ? techniqueProblem(time, page) : Optional.empty();
                problem.ifPresent(p -> out.add(error(page, number, "the text says \"" + time.text() + "\", " + p,
                        "change the words to match the data, or change the data if the words are right")));
            }
        }
    }

    /** The routine a sentence speaks of: the page itself, or the one routine it links to. */
    private static Optional<Page> routineNamed(Page page, String sentence, RuleContext context) {
        List<String> linked = new ArrayList<>();
        Matcher m = XREF.matcher(sentence);
        while (m.find()) {
            String target = m.group(1).substring(m.group(1).lastIndexOf('/') + 1);
            context.page(target, PageType.ROUTINE).filter(p -> !linked.contains(p.id())).ifPresent(p -> linked.add(p.id()));
        }
        if (linked.size() == 1) {
            return context.page(linked.get(0), PageType.ROUTINE);
        }
        return linked.isEmpty() && page.isType(PageType.ROUTINE) ? Optional.of(page) : Optional.empty();
    }

    private static Optional<String> holdProblem(StatedTime time, RuleContext context) {
        int min = context.schema().number("hold", "min");
        int max = context.schema().number("hold", "max");
        return time.within(min, max) ? Optional.empty()
                : Optional.of("but a pause on a tender spot lasts " + min + " to " + max + " s");
    }

    private static Optional<String> routineProblem(StatedTime time, boolean perArea, Page routine, SafetySchema schema) {
        if (perArea) {
            String routineContext = routine.header().value("context");
            JsonNode window = schema.rulesNode().path("secondsPerArea").path(routineContext);
            if (window.isMissingNode() || time.within(window.path("min").asInt(), window.path("max").asInt())) {
                return Optional.empty();
            }
            return Optional.of("but a " + routineContext + " routine such as " + routine.title() + " spends "
                    + window.path("min").asInt() + " to " + window.path("max").asInt() + " s on each area");
        }
        int total = routine.steps().stream().mapToInt(s -> s.seconds().orElse(0) * (s.bothSides() ? 2 : 1)).sum();
        int tolerance = schema.number("statedTime", "toleranceSeconds");
        if (total >= time.low() - tolerance && total <= time.high() + tolerance) {
            return Optional.empty();
        }
        return Optional.of("but the steps of " + routine.title() + " add up to " + minutes(total)
                + " (both sides counted), more than " + tolerance + " s away");
    }

    private static Optional<String> techniqueProblem(StatedTime time, Page technique) {
        String min = technique.header().value("seconds-min");
        String max = technique.header().value("seconds-max");
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.of("but the technique gives no time (no :seconds-min: or :seconds-max:, as its sources give none)");
        }
        if (!min.matches("\\d+") || !max.matches("\\d+") || time.within(Integer.parseInt(min), Integer.parseInt(max))) {
            return Optional.empty();
        }
        return Optional.of("but :seconds-min: and :seconds-max: allow " + min + " to " + max + " s on the area");
    }

    private static String minutes(int seconds) {
        return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }

    /** True when one of {@code words} stands within a few words before or after the stated time. */
    private static boolean nearby(String sentence, StatedTime time, List<String> words) {
        int at = sentence.indexOf(time.text().toLowerCase(Locale.ROOT));
        String[] before = sentence.substring(0, Math.max(at, 0)).split("[^a-z]+");
        String[] after = sentence.substring(Math.max(at, 0) + time.text().length()).split("[^a-z]+");
        List<String> near = new ArrayList<>(List.of(before).subList(Math.max(0, before.length - NEAR), before.length));
        near.addAll(List.of(after).subList(0, Math.min(after.length, NEAR + 1)));
        return near.stream().anyMatch(words::contains);
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}
