package dev.tcgen.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentChecksumTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void isTheLengthAndTheStandardCrc32AndCrc32cCheckValues() {
        // The published check values of both CRCs over "123456789"; a leading zero would be kept.
        assertEquals("crc64:9:cbf43926e3069283", ContentChecksum.of(ascii("123456789")));
        assertEquals("crc64:0:0000000000000000", ContentChecksum.of(new byte[0]));
    }

    @Test
    void feedingInPartsGivesTheSameValueAsAtOnce() {
        assertEquals(ContentChecksum.of(ascii("spec v1")),
                new ContentChecksum().update(ascii("spec")).update(ascii(" v1")).value());
    }

    @Test
    void everySingleBitFlipChangesTheValue() {
        byte[] bytes = ascii("service: omics\nversion: 2022-11-28\nactions:\n  GetRunCalls: {}\n".repeat(20));
        Set<String> seen = new HashSet<>();
        seen.add(ContentChecksum.of(bytes));
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
            seen.add(ContentChecksum.of(bytes));
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        assertEquals(1 + bytes.length * 8, seen.size());
    }

    @Test
    void swappedBytesAndChangedLengthsChangeTheValue() {
        assertNotEquals(ContentChecksum.of(ascii("required: true")), ContentChecksum.of(ascii("required: ture")));
        assertNotEquals(ContentChecksum.of(ascii("a")), ContentChecksum.of(ascii("a\0")));
    }

    @Test
    void delimitedPartsCannotBeRegrouped() {
        assertNotEquals(new ContentChecksum().updateDelimited("ab").updateDelimited("c").value(),
                new ContentChecksum().updateDelimited("a").updateDelimited("bc").value());
    }
}
