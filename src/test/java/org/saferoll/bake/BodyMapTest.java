package org.saferoll.bake;

import org.junit.jupiter.api.Test;
import org.saferoll.schema.SafetySchema;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body map draws every region of the vocabulary, and always marks the no-roll zones. */
class BodyMapTest {
    private static final SafetySchema SCHEMA = SafetySchema.load(Path.of("schema"));

    @Test
    void drawsExactlyTheRegionsOfTheVocabulary() {
        assertEquals(Set.copyOf(SCHEMA.vocabulary("region")), Set.copyOf(BodyMap.regions()),
                "a region added to schema/vocabulary.schema.json needs a shape in BodyMap");
    }

    @Test
    void marksTargetsAndNoRollZonesAndSaysSoInText() {
        List<String> noRoll = SafetySchema.strings(SCHEMA.rulesNode().path("noRollZone").path("regions"));
        String svg = BodyMap.svg(List.of("lats", "lumbar"), noRoll, "t");
        assertTrue(svg.contains("class=\"region target\" data-region=\"lats\""), svg);
        assertTrue(svg.contains("class=\"region no-roll moved\" data-region=\"lumbar\" fill=\"url(#hatch-t)\""),
                "a no-roll zone a movement works on stays hatched and is outlined as worked: " + svg);
        assertTrue(BodyMap.movesANoRollZone(List.of("lats", "lumbar"), noRoll));
        assertTrue(!BodyMap.movesANoRollZone(List.of("lats"), noRoll));
        assertTrue(svg.contains("class=\"region no-roll\" data-region=\"neck\""));
        String text = BodyMap.describe(List.of("lats", "lumbar"), noRoll);
        assertTrue(text.contains("Worked here: lats") && text.contains("Moved gently, never rolled: lower back"), text);
    }

    @Test
    void eachRegionIsOnTheViewWhereItLiesAndBothViewsAreLabelled() {
        assertEquals(BodyMap.View.FRONT, BodyMap.viewOf("hip-flexors"), "the hip flexors are at the front of the hip");
        for (String region : List.of("neck", "trapezius", "rhomboids", "thoracic", "lats", "lumbar", "glutes", "piriformis")) {
            assertEquals(BodyMap.View.BACK, BodyMap.viewOf(region), region);
        }
        String svg = BodyMap.svg(List.of("hip-flexors"), List.of("lumbar", "neck"), "t");
        assertTrue(svg.contains(">Back</text>") && svg.contains(">Front</text>"), svg);
        int front = svg.indexOf(">Front</text>");
        assertTrue(svg.indexOf("data-region=\"hip-flexors\"") > front, "drawn inside the front view");
        assertTrue(svg.indexOf("data-region=\"lumbar\"") < front, "the lower back is drawn on the back view");
    }
}
