package org.saferoll.validate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestTest {
    @Test
    void suggestsTyposButNotUnrelatedWords() {
        List<String> known = List.of("regions", "equipment", "level", "reviewed-on");
        assertEquals(Optional.of("regions"), Suggest.closest("regoins", known));
        assertEquals(Optional.of("equipment"), Suggest.closest("equipement", known));
        assertEquals(Optional.empty(), Suggest.closest("banana", known));
    }
}
