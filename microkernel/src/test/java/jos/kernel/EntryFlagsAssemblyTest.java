package jos.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jos.kernel.x86.cpu.Rflags;

/**
 * Both exception routines (the common one and the paranoid one for NMI, #DB and #MC) clear RFLAGS.AC
 * before they call into Java: a program may set AC with popf, an interrupt does not clear it, and with AC
 * set SMAP would not stop the handler from touching user pages.
 */
class EntryFlagsAssemblyTest {
    @Test
    void everyRoutineClearsAcBeforeTheHandler() throws Exception {
        List<String> lines = UserFrameAssemblyTest.naked("jos/kernel/x86/idt/ExceptionStubs.class", "first");
        int calls = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("call jos_kernel_exception")) continue;
            calls++;
            int start = i;
            while (start > 0 && !lines.get(start).trim().matches("jos_exception_(common|paranoid):")) start--;
            int clear = -1;
            for (int j = start; j < i; j++) {
                if (lines.get(j).trim().equals("andq $" + ~Rflags.AC + ", (%rsp)")) clear = j;
            }
            assertTrue(clear > 0, "no AC clear in the routine before the call at line " + i + ": " + lines);
            assertEquals("pushfq", lines.get(clear - 1).trim());
            assertEquals("popfq", lines.get(clear + 1).trim());
        }
        assertEquals(2, calls, "the common and the paranoid routine");
    }
}
