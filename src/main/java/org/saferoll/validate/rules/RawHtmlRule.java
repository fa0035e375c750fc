package org.saferoll.validate.rules;

import org.jsoup.parser.Parser;
import org.saferoll.load.Markup;
import org.saferoll.load.Page;
import org.saferoll.report.Diagnostic;
import org.saferoll.schema.SafetySchema;
import org.saferoll.util.UrlSchemes;
import org.saferoll.validate.Rule;
import org.saferoll.validate.RuleContext;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 10: pages carry no raw HTML, so no script or markup of a writer's own reaches readers.
 *
 * <p>This is the friendly, early message; the guarantee is the verify stage's check of the baked
 * HTML against {@code schema/html-allowlist.json}. Blocks are judged as Asciidoctor parsed them
 * (any spelling of {@code pass}, any {@code subs=}), inline passthroughs and link macros from the
 * text, because Asciidoctor only resolves those while converting.
 */
public final class RawHtmlRule implements Rule {
    /** Inline passthroughs: pass:[], +++…+++ (not a ++++ block delimiter) and $$…$$. */
    private static final Pattern INLINE_PASS = Pattern.compile("pass:[a-z,]*\\[|(?<!\\+)\\+\\+\\+(?!\\+)|\\$\\$");
    private static final Pattern LINK_MACRO = Pattern.compile("\\b(?:link|xref|image|video|audio):{1,2}([^\\[\\s]*)\\[");
    /*
     * What every match of the two patterns above contains, looked for first: most lines hold
     * neither, and a plain search costs far less than the patterns (a third of validate's time).
     */
    private static final List<String> PASS_MARKS = List.of("pass:", "+++", "$$");
    private static final List<String> MACRO_NAMES = List.of("link:", "xref:", "image:", "video:", "audio:");
    private static final String HINT = "write it in AsciiDoc instead (tables, admonitions, images); ask a maintainer if the site needs a new feature";

    @Override
    public String id() {
        return "raw-html";
    }

    @Override
    public String summary(SafetySchema schema) {
        return "No raw HTML: no passthrough block or macro however spelled, no subs= without special characters, no quote or"
                + " angle bracket in attribute values; links are relative or use " + String.join(", ",
                SafetySchema.strings(schema.htmlAllowlistNode().path("schemes")).stream().map(s -> s + ":").toList()) + ".";
    }

    @Override
    public boolean readsSite() {
        return false;
    }

    @Override
    public void check(Page page, RuleContext context, List<Diagnostic> out) {
        Set<String> schemes = Set.copyOf(SafetySchema.strings(context.schema().htmlAllowlistNode().path("schemes")));
        for (Markup m : page.markup()) {
            int line = attributeLine(page, m.line());
            switch (m.kind()) {
                case Markup.RAW -> out.add(error(page, line, "this " + m.detail() + " block passes its text through as raw HTML", HINT));
                case Markup.NO_SPECIALCHARS -> out.add(error(page, line,
                        "subs=" + (m.detail().isEmpty() ? "none" : m.detail()) + " leaves < and & unescaped, so the block's text becomes HTML",
                        "remove subs= from the block (or keep specialchars in it)"));
                case Markup.ATTRIBUTE -> out.add(error(page, line,
                        "the value " + m.detail() + " holds a quote or angle bracket, which would break out of its HTML attribute",
                        "use only letters, digits, spaces and hyphens in role, id, width, height and window values"));
                case Markup.LINK -> checkScheme(page, line, m.detail(), schemes, out);
                default -> {
                }
            }
        }
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.startsWith("//")) {
                continue;
            }
            if (PASS_MARKS.stream().anyMatch(text::contains) && INLINE_PASS.matcher(text).find()) {
                out.add(error(page, i + 1, "raw HTML passthrough is not allowed in pages", HINT));
            }
            if (MACRO_NAMES.stream().anyMatch(text::contains)) {
                Matcher link = LINK_MACRO.matcher(text);
                while (link.find()) {
                    checkScheme(page, i + 1, link.group(1), schemes, out);
                }
            }
        }
    }

    private void checkScheme(Page page, int line, String target, Set<String> schemes, List<Diagnostic> out) {
        // As the browser will read it: entities decoded, a ++…++ passthrough unwrapped.
        String url = Parser.unescapeEntities(target.replaceAll("^\\++|\\++$", ""), true);
        UrlSchemes.disallowed(url, schemes).ifPresent(scheme -> out.add(error(page, line,
                "the link target " + target + " uses the scheme " + scheme + ":, which pages may not link to",
                "link to another page with xref:page.adoc[...] or to a site with " + String.join(" or ",
                        schemes.stream().sorted().map(s -> s + ":").toList()))));
    }

    /** The line of the attribute list above a block ({@code [pass]}), where the writer typed what is wrong. */
    private static int attributeLine(Page page, int line) {
        while (line > 1 && page.source().line(line - 1).trim().startsWith("[")) {
            line--;
        }
        return line;
    }
}
