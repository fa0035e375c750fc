package org.saferoll.load;

import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.saferoll.report.Diagnostic;
import org.saferoll.util.ProjectPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one page's text into a {@link Page}: from the disk cache when the same bytes were parsed
 * before, else by parsing it with Asciidoctor (and storing the result).
 */
final class PageReader {
    private final AsciidocParser parser;
    private final DiskCache disk;

    /** @param disk the parse results of earlier runs, or null to parse every page */
    PageReader(AsciidocParser parser, DiskCache disk) {
        this.parser = parser;
        this.disk = disk;
    }

    /**
     * @param path         the page's path in the project, e.g. {@code content/techniques/lat-roll.adoc}
     * @param underContent the same, under {@code content/}: it gives the page its id and URL
     * @param convert      also convert to HTML (a check needs only the parse)
     * @return the page and the problems Asciidoctor reported
     */
    Loaded read(String path, String text, String hash, Path underContent, boolean convert) {
        SourceFile source = SourceFile.of(path, text);
        DiskCache.Entry entry = disk == null ? null : disk.get(hash, convert).orElse(null);
        if (entry == null) {
            try {
                entry = parse(text, source, convert);
            } catch (StackOverflowError | OutOfMemoryError | RuntimeException e) {
                // InputLimits makes this unlikely; if it happens, it is this file's problem, said as one.
                return new Loaded(hash, null, List.of(Diagnostic.error(path, 0, "input",
                        "Asciidoctor could not read this page (" + e.getClass().getSimpleName() + ")",
                        "simplify the page: less nesting, fewer attribute references; the limits are in CONTRIBUTING.md")));
            }
            if (disk != null) {
                disk.put(hash, convert, entry);
            }
        }
        String fileName = underContent.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".adoc".length());
        String uri = ProjectPaths.slashed(underContent);
        uri = uri.substring(0, uri.length() - ".adoc".length()) + ".html";
        Page page = new Page(source, id, uri, Header.read(source.lines()), entry.steps(), entry.html(), entry.anchors(),
                entry.prose(), entry.markup());
        return new Loaded(hash, page, entry.problems().stream().map(p -> p.at(path)).toList());
    }

    private DiskCache.Entry parse(String text, SourceFile source, boolean convert) {
        AsciidocParser.Parsed parsed = parser.parse(text, convert);
        List<DiskCache.Problem> problems = new ArrayList<>();
        for (LogRecord record : parsed.log()) {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
                problems.add(new DiskCache.Problem(line, "asciidoc", record.getMessage(), AsciidocHints.hintFor(record.getMessage())));
            }
        }
        var sections = AsciidocParser.sections(parsed.document());
        problems.addAll(AsciidocParser.unmarkedSteps(sections, source));
        return new DiskCache.Entry(AsciidocParser.steps(sections, source), AsciidocParser.ids(sections, source),
                parsed.html(), List.copyOf(problems), ProseReader.read(parsed.document(), source),
                MarkupReader.read(parsed.document()));
    }

    /**
     * What loading one file gave.
     *
     * @param hash     the SHA-256 of its bytes
     * @param page     the page, or null when its bytes are not a page
     * @param problems what is wrong with it
     */
    record Loaded(String hash, Page page, List<Diagnostic> problems) {
    }
}
