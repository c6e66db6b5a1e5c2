package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jos.kernel.process.ProgramOutput;
import jos.abi.Errors;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserAddressSpace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * debug_write on the simulated machine: every console line a program makes starts with "user: " however
 * long its line, and one call writes at most MAX_BYTES, returning the count.
 */
class DebugWriteTest {
    static final long TEXT = 0x40_0000, BYTES = 0x2000;
    SimulatedRam ram;
    long root;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        root = UserAddressSpace.create();
        UserAddressSpace.allocate(root, TEXT, BYTES, 0);
    }

    @AfterEach
    void tearDown() {
        ProgramOutput.endLine();
        UserAddressSpace.destroy(root);
        ram.close();
    }

    /** Puts text into the program's memory at TEXT + offset (through the HHDM, as the kernel reads it). */
    void poke(long offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            long at = TEXT + offset + i;
            Memory.write8(Hhdm.virt(PageTables.translate(root, at)), (byte) text.charAt(i));
        }
    }

    List<String> lines() {
        return ram.serial.text().lines().toList();
    }

    /** Writes text in calls as the user runtime does (looping on the count); the number of calls. */
    int writeAll(String text) {
        poke(0, text);
        int calls = 0;
        for (long done = 0; done < text.length(); calls++) {
            long n = DebugWrite.write(root, TEXT + done, text.length() - done);
            assertEquals(Math.min(DebugWrite.MAX_BYTES, text.length() - done), n, "call " + calls);
            done += n;
        }
        return calls;
    }

    @Test
    void aLongLineIsSplitAndEveryPartPrefixed() {
        String line = "x".repeat(600);
        writeAll(line + "\nshort\n");
        assertEquals(List.of("user: " + "x".repeat(ProgramOutput.TEXT_BYTES), "user: " + "x".repeat(ProgramOutput.TEXT_BYTES),
                "user: " + "x".repeat(600 - 2 * ProgramOutput.TEXT_BYTES), "user: short"), lines());
        assertEquals(Log.LINE_BYTES, ("user: " + "x".repeat(ProgramOutput.TEXT_BYTES)).length(), "a part fills a console line");
    }

    @Test
    void aLineOfExactlyOneConsoleLineIsNotSplit() {
        writeAll("y".repeat(ProgramOutput.TEXT_BYTES) + "\n\n");
        assertEquals(List.of("user: " + "y".repeat(ProgramOutput.TEXT_BYTES), "user: "), lines());
    }

    @Test
    void aLineWrittenInPiecesAcrossCallsIsOneLineAndBytesOutsideAsciiShowAsQuestionMarks() {
        poke(0, "ab");
        assertEquals(2, DebugWrite.write(root, TEXT, 2));
        poke(0x10, "c\u0001\n");
        assertEquals(3, DebugWrite.write(root, TEXT + 0x10, 3));
        assertEquals(List.of("user: abc?"), lines());
    }

    @Test
    void aKernelRecordInTheMiddleOfALineDoesNotLeaveTheRestUnprefixed() {
        poke(0, "before");
        DebugWrite.write(root, TEXT, 6);
        Log.begin(Log.INFO);
        Log.print("kernel record");
        Log.end();
        poke(0x10, "after\n");
        DebugWrite.write(root, TEXT + 0x10, 6);
        List<String> lines = lines();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("user: before", lines.get(0));
        assertEquals(true, lines.get(1).contains("I cpu 0: kernel record"), lines.get(1));
        assertEquals("user: after", lines.get(2));
    }

    @Test
    void oneCallWritesAtMostMaxBytesAndReturnsTheCount() {
        String text = "0123456789abcde\n".repeat(BYTES_IN(1000) / 16);
        int calls = writeAll(text);
        assertEquals((text.length() + DebugWrite.MAX_BYTES - 1) / DebugWrite.MAX_BYTES, calls);
        assertEquals(text.lines().map(l -> "user: " + l).toList(), lines());
    }

    private static int BYTES_IN(int n) {
        return n / 16 * 16;
    }

    @Test
    void onlyTheBytesOfThisCallMustBeMapped() {
        long end = TEXT + BYTES;
        assertEquals(DebugWrite.MAX_BYTES, DebugWrite.write(root, end - DebugWrite.MAX_BYTES, 1 << 20),
                "the first MAX_BYTES are mapped: written, the rest is the next call's");
        String before = ram.serial.text();
        assertEquals(Errors.EFAULT, DebugWrite.write(root, end - 100, 1 << 20), "the call's range leaves the mapping");
        assertEquals(before, ram.serial.text(), "nothing written on EFAULT");
        assertEquals(Errors.EINVAL, DebugWrite.write(root, TEXT, -1));
        assertEquals(0, DebugWrite.write(root, TEXT, 0));
    }
}
