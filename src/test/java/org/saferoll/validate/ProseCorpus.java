package org.saferoll.validate;

import org.saferoll.schema.ProseVocabulary;
import org.saferoll.schema.SafetySchema;
import org.saferoll.validate.prose.AdviceCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled sentences of {@code src/test/resources/prose/corpus.tsv}, and how the prose check scores on them. */
public final class ProseCorpus {
    public static final Path FILE = Path.of("src/test/resources/prose/corpus.tsv");

    /** One labelled sentence and its line in the corpus file. */
    public record Example(int line, boolean unsafe, String sentence) {
    }

    /** Precision and recall on the unsafe class. */
    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
        }
    }

    private ProseCorpus() {
    }

    public static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(FILE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || !parts[0].equals("safe") && !parts[0].equals("unsafe")) {
                throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 'safe' or 'unsafe', a tab, a sentence");
            }
            out.add(new Example(i + 1, parts[0].equals("unsafe"), parts[1]));
        }
        return out;
    }

    public static AdviceCheck check() {
        return new AdviceCheck(ProseVocabulary.from(SafetySchema.load(Path.of("schema"))));
    }

    public static Score score(AdviceCheck check, List<Example> examples) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Example e : examples) {
            boolean flagged = check.check(e.sentence()).isPresent();
            if (flagged && e.unsafe()) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (e.unsafe()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn);
    }
}
