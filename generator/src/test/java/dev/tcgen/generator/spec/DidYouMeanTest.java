package dev.tcgen.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("type", "required", "description", "example", "title", "fields");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "requird, required",
        "titel, title",
        "exmaple, example",
        "descripton, description",
        "field, fields",
        "Type, type",
        "REQUIRED, required",
    })
    void suggestsTheNearestKnownWord(String typo, String meant) {
        assertEquals(Optional.of(meant), DidYouMean.closest(typo, KEYS));
    }

    @ParameterizedTest
    @CsvSource({"colour", "x", "regionRequired", "Thing"})
    void suggestsNothingWhenNothingIsNear(String word) {
        assertEquals(Optional.empty(), DidYouMean.closest(word, List.of("string", "title", "type")));
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertEquals(1, DidYouMean.editDistance("titel", "title"));
        assertEquals(2, DidYouMean.editDistance("thing", "string"));
        assertEquals(0, DidYouMean.editDistance("", ""));
        assertEquals(3, DidYouMean.editDistance("abc", ""));
    }

    @Test
    void ignoresAbsurdlyLongWords() {
        assertEquals(Optional.empty(), DidYouMean.closest("required".repeat(20), KEYS));
    }
}
