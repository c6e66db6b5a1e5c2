package jos.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import jos.hw.sim.Machine;
import jos.loader.elf.ElfChecker;
import jos.loader.multiboot2.BootInformation;
import org.junit.jupiter.api.Test;

/** The loader's refusal records: each caller's own, every reason with its own text. */
class ProblemTest {
    @Test
    void everyReasonHasItsOwnText() {
        Set<String> texts = new HashSet<>();
        for (int reason = Problem.NONE + 1; reason < Problem.REASONS; reason++) {
            String text = Problem.message(reason);
            assertNotNull(text, "reason " + reason);
            assertNotEquals(Problem.message(Problem.REASONS), text, "reason " + reason + " has no text of its own");
            assertTrue(texts.add(text), "reason " + reason + " repeats " + text);
            assertNull(Problem.subject(reason), "the text names what reason " + reason + " is about");
        }
        assertNull(Problem.message(Problem.NONE));
        assertEquals("unknown loader problem", Problem.message(Problem.REASONS));
    }

    @Test
    void elfReasonsAreAboutTheKernel() {
        int reason = Problem.ELF + jos.elf.Problem.NOT_X86_64;
        assertEquals("ELF e_machine is not EM_X86_64 (62); e_machine", Problem.message(reason));
        assertEquals("kernel", Problem.subject(reason));
    }

    @Test
    void signatureReasonsAreAboutTheKernel() {
        int reason = Problem.SIGNATURE + jos.sign.Ed25519.MISMATCH;
        assertEquals("signature does not match the message and key", Problem.message(reason));
        assertEquals("kernel", Problem.subject(reason));
        assertEquals("file has no signature trailer", Problem.message(Problem.SIGNATURE + jos.sign.SignedFile.UNSIGNED));
    }

    @Test
    void twoRecordsKeepTheirOwnReasons() {
        try (Machine machine = Machine.install()) {
            machine.memory().map(0x10000, 0x1000);
            long[] first = new long[Problem.SIZE], second = new long[Problem.SIZE];
            assertFalse(BootInformation.parse(0x10004, first));
            assertFalse(ElfChecker.check(0x10000, 0x1000, second));
            assertEquals("multiboot2 information is not 8-byte aligned", Problem.message(first), "the ELF refusal did not overwrite it");
            assertEquals(0x10004, Problem.value(first));
            assertNull(Problem.subject(first));
            assertEquals(Problem.ELF + jos.elf.Problem.NOT_ELF, Problem.reason(second));
            assertEquals("kernel", Problem.subject(second));
            Problem.clear(first);
            assertEquals(Problem.NONE, Problem.reason(first));
            assertEquals(Problem.ELF + jos.elf.Problem.NOT_ELF, Problem.reason(second));
        }
    }
}
