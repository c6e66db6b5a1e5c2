package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The refusal records: each caller's own, and every reason with its own text. */
class ProblemTest extends SimTest {
    static final long AT = 0xE0000;

    @Test
    void everyReasonHasItsOwnText() {
        Set<String> texts = new HashSet<>();
        for (int reason = Problem.NONE + 1; reason < Problem.REASONS; reason++) {
            String text = Problem.message(reason);
            assertNotNull(text, "reason " + reason);
            assertNotEquals(Problem.message(Problem.REASONS), text, "reason " + reason + " has no text of its own");
            assertTrue(texts.add(text), "reason " + reason + " repeats " + text);
        }
        assertNull(Problem.message(Problem.NONE));
        assertEquals("unknown ACPI problem", Problem.message(Problem.REASONS));
    }

    @Test
    void twoParsesKeepTheirOwnReasons() {
        map(AT, new byte[64]);
        long[] first = new long[Problem.SIZE], second = new long[Problem.SIZE];
        assertFalse(Rsdp.check(AT, 10, first));
        assertFalse(Hpet.check(AT, 64, second));
        assertEquals("RSDP: fewer than 20 bytes available", Problem.message(first), "the HPET refusal did not overwrite it");
        assertEquals(10, Problem.value(first));
        assertEquals(0, Problem.signature(first));
        assertEquals(Problem.TABLE_WRONG_SIGNATURE, Problem.reason(second));
        assertEquals(Signatures.HPET, Problem.signature(second));
        assertEquals(Problem.NONE, Problem.reason(problem), "the test's own record was not touched");
        Problem.clear(first);
        assertNull(Problem.message(first));
        assertEquals(Problem.TABLE_WRONG_SIGNATURE, Problem.reason(second));
    }
}
