package org.saferoll.bench;

import org.saferoll.TestProject;
import org.saferoll.validate.TitleCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic SafeRoll project of a given size that passes the safety schema: techniques
 * and routines that refer to each other, each page about 630 words with lists, a table and
 * admonitions, that {@code check} passes without an error or a warning. Same size, same bytes: the random source has a fixed seed.
 */
public final class CorpusGenerator {
    private static final List<String> REGIONS = List.of("thoracic", "lats", "rhomboids", "trapezius", "glutes", "hip-flexors");
    /** The pose whose figure can show the roller at each of {@link #REGIONS}. */
    private static final List<String> POSES = List.of("supine-hips-lifted", "side-lying", "supine-hips-lifted",
            "supine-hips-lifted", "seated", "prone-forearms");
    /**
     * The words of the generated prose. No two of them in a row may spell one of the schema's hold
     * words ("tender spot"): a table row's time beside them would read as a pause and fail the duration rule.
     */
    static final String[] WORDS = ("muscle tissue slowly breathe steady pressure gentle shoulder blade mid-back "
            + "upper back side body hip thigh buttock roller ball floor wall knees feet arms chest weight balance "
            + "comfortable tender patch release ease stiffness posture recovery warm habit minute second control angle "
            + "support surface density length firm medium soft careful calm relax lengthen loosen mobility circulation "
            + "routine session morning evening desk workout stretch movement rest water hydration attention signal").split(" ");

    private final Random random = new Random(42);

    /** Creates the project under {@code dir} with about {@code pages} content pages. */
    public Path generate(Path dir, int pages) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        for (String folder : List.of("templates", "assets", "schema")) {
            TestProject.copyTree(repo.resolve(folder), dir.resolve(folder));
        }
        Files.copy(repo.resolve("jbake.properties"), dir.resolve("jbake.properties"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path content = dir.resolve("content");
        for (String page : List.of("index", "lower-back-pain", "faq", "contribute")) {
            write(content.resolve(page + ".adoc"), header(title(page), "page") + body(null));
        }
        for (String tool : List.of("foam-roller", "massage-ball")) {
            write(content.resolve("equipment/" + tool + ".adoc"), header(title(tool), "equipment") + body(null));
        }
        for (String p : List.of("listen-to-your-body", "consult-a-professional", "avoid-the-lumbar-spine")) {
            write(content.resolve("precautions/" + p + ".adoc"), header(title(p), "precaution") + ":severity: stop\n" + body(null));
        }
        int fixed = 9;
        int techniques = Math.max(4, (pages - fixed) * 3 / 4);
        int routines = Math.max(1, pages - fixed - techniques);
        for (int i = 0; i < techniques; i++) {
            write(content.resolve("techniques/technique-" + i + ".adoc"), header("Technique " + i, "technique")
                    + ":method: roll\n:regions: " + REGIONS.get(i % REGIONS.size()) + "\n:equipment: foam-roller\n"
                    + ":pose: " + POSES.get(i % REGIONS.size()) + "\n:tool-at: " + REGIONS.get(i % REGIONS.size()) + "\n"
                    + ":level: beginner\n:seconds-min: 30\n:seconds-max: 120\n:precautions: listen-to-your-body\n"
                    + review() + body("technique-" + ((i + 1) % techniques)));
        }
        for (int i = 0; i < routines; i++) {
            StringBuilder steps = new StringBuilder("\n== Steps\n");
            for (int s = 0; s < 4; s++) {
                int t = (i * 4 + s) % techniques;
                steps.append("\n[.step,technique=technique-").append(t).append(",seconds=60")
                        .append(s % 2 == 0 ? ",sides=both" : "").append("]\n=== Step ").append(s + 1)
                        .append(" of routine ").append(i).append('\n').append(paragraph(30)).append('\n');
            }
            write(content.resolve("routines/routine-" + i + ".adoc"), header("Routine " + i, "routine")
                    + ":context: daily\n:level: beginner\n:equipment: foam-roller\n"
                    + ":precautions: listen-to-your-body, consult-a-professional\n" + review()
                    + body(null) + steps);
        }
        return dir;
    }

    /** The site's own title case, so no page draws a title-case warning. */
    private static String title(String id) {
        return TitleCase.fromId(id);
    }

    private static String header(String title, String type) {
        return "= " + title + "\n:jbake-type: " + type + "\n:jbake-status: published\n"
                + ":description: A generated " + type + " page used to measure how fast the site builds.\n"
                + ":sources: back-rolling-article\n:checked-by: Benchmark Editor\n:checked-on: 2026-11-25\n";
    }

    private static String review() {
        return ":reviewed-by: Benchmark Reviewer, physiotherapist\n:reviewed-on: 2026-10-01\n";
    }

    /** About 600 words: paragraphs, a list, a table, two admonitions and a cross-reference. */
    private String body(String linkTo) {
        StringBuilder b = new StringBuilder("\n").append(paragraph(60)).append("\n\n== How it works\n\n");
        for (int i = 0; i < 3; i++) {
            b.append(paragraph(70)).append("\n\n");
        }
        b.append("NOTE: ").append(paragraph(25)).append("\n\n== Steps to follow\n\n");
        for (int i = 0; i < 6; i++) {
            b.append(". ").append(paragraph(15)).append('\n');
        }
        // Times per area ("30 s each"), inside every window the duration rule compares them with:
        // a technique's 30 to 120 s and a daily routine's 30 to 120 s per area.
        b.append("\n|===\n| Area | Time | Note\n\n");
        for (int i = 0; i < 5; i++) {
            b.append("| ").append(word()).append(" | ").append(30 + i * 15).append(" s each | ").append(paragraph(6)).append('\n');
        }
        b.append("|===\n\nWARNING: ").append(paragraph(25)).append("\n\n== Why it helps\n\n")
                .append(paragraph(80)).append("\n\n").append(paragraph(60)).append('\n');
        if (linkTo != null) {
            b.append("\nSee also xref:").append(linkTo).append(".adoc[the next technique].\n");
        }
        return b.toString();
    }

    private String paragraph(int words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = word();
            p.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            p.append(i == words - 1 ? "." : (i % 11 == 10 ? ". " : " "));
        }
        return p.toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    public static void main(String[] args) throws IOException {
        new CorpusGenerator().generate(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
