package org.saferoll.bake;

import org.junit.jupiter.api.Test;
import org.saferoll.schema.SafetySchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pose vocabulary in schema/ and the drawings agree, and a figure is a few hundred bytes of paths. */
class PoseFigureTest {
    private static final SafetySchema SCHEMA = SafetySchema.load(Path.of("schema"));

    @Test
    void everyPoseInTheVocabularyIsDrawnAndDescribed() {
        assertEquals(SCHEMA.vocabulary("pose"), List.copyOf(PoseFigure.poses()), "schema/vocabulary.schema.json pose = PoseFigure");
        List<String> problems = new ArrayList<>();
        for (String pose : SCHEMA.vocabulary("pose")) {
            if (SCHEMA.text("figure", "poses", pose, "says").isBlank()) {
                problems.add(pose + " has no words in rules.json");
            }
            for (String region : SCHEMA.list("figure", "poses", pose, "toolAt")) {
                if (!PoseFigure.canDraw(pose, region)) {
                    problems.add(pose + " promises a tool at " + region + " but cannot draw it");
                }
            }
            boolean toolless = SCHEMA.list("figure", "poses", pose, "toolAt").isEmpty();
            if (toolless && !PoseFigure.hasMovement(pose)) {
                problems.add(pose + " has no tool and no movement to show");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noPoseCanDrawAToolAtANoRollZone() {
        for (String pose : PoseFigure.poses()) {
            for (String zone : SCHEMA.list("noRollZone", "regions")) {
                assertTrue(!PoseFigure.canDraw(pose, zone), pose + " can draw a tool at " + zone);
            }
        }
    }

    @Test
    void aFigureIsSmallPathsOnlyAndCarriesItsText() {
        String svg = PoseFigure.svg("supine-hips-lifted", Optional.of("thoracic"), PoseFigure.Tool.ROLLER, "Lying \"back\" & <up>");
        assertTrue(svg.length() < 2048, svg.length() + " bytes");
        assertTrue(svg.contains("<title>Lying &quot;back&quot; &amp; &lt;up&gt;</title>"), svg);
        assertTrue(svg.replaceAll("<path [^>]*/>", "").replaceAll("<title>[^<]*</title>", "").matches("<svg [^>]*></svg>"),
                "only a title and path elements: " + svg);
        assertTrue(svg.contains("class=\"tool roller\""));
    }
}
