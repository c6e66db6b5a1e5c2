package jos.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jos.loader.cpu.Gdt;
import jos.loader.smp.Trampoline;
import org.junit.jupiter.api.Test;

/** entry.S repeats a few Java definitions as .set constants; they must agree. */
class AssemblyAgreementTest {
    private static Map<String, Long> constants() throws IOException {
        String source = Files.readString(Path.of("src/main/asm/entry.S"));
        Map<String, Long> out = new HashMap<>();
        Matcher m = Pattern.compile("\\.set\\s+(\\w+),\\s*(0x[0-9a-fA-F]+|\\d+)").matcher(source);
        while (m.find()) out.put(m.group(1), Long.decode(m.group(2)));
        return out;
    }

    @Test
    void trampolineParameterOffsets() throws IOException {
        Map<String, Long> c = constants();
        assertEquals(Trampoline.Parameters.GDTR32_LIMIT, c.get("TP_GDTR32_LIMIT"));
        assertEquals(Trampoline.Parameters.JUMP_OFFSET, c.get("TP_JUMP_OFFSET"));
        assertEquals(Trampoline.Parameters.CR3, c.get("TP_CR3"));
        assertEquals(Trampoline.Parameters.CR4, c.get("TP_CR4"));
        assertEquals(Trampoline.Parameters.CR0, c.get("TP_CR0"));
        assertEquals(Trampoline.Parameters.EFER, c.get("TP_EFER"));
        assertEquals(Trampoline.Parameters.PAT, c.get("TP_PAT"));
        assertEquals(Trampoline.Parameters.X2APIC, c.get("TP_X2APIC"));
        assertEquals(Trampoline.Parameters.GDTR64_LIMIT, c.get("TP_GDTR64_LIMIT"));
        assertEquals(Trampoline.Parameters.PARK, c.get("TP_PARK"));
        assertEquals(Trampoline.Parameters.INFO, c.get("TP_INFO"));
        assertEquals(Trampoline.Parameters.GOTO, c.get("TP_GOTO"));
        assertEquals(Trampoline.Parameters.STACK, c.get("TP_STACK"));
        assertEquals(Trampoline.Parameters.ARRIVED, c.get("TP_ARRIVED"));
        assertEquals(Trampoline.Parameters.ARRIVED_FLAG, c.get("TP_ARRIVED_FLAG"));
        assertEquals(Trampoline.Parameters.SIZE, c.get("TP_SIZE"));
    }

    @Test
    void selectorsAndScratch() throws IOException {
        Map<String, Long> c = constants();
        assertEquals(Gdt.CODE64, c.get("KERNEL_CODE64"));
        assertEquals(Gdt.DATA64, c.get("KERNEL_DATA64"));
        assertEquals(Loader.SCRATCH_BYTES, c.get("LOADER_SCRATCH_SIZE"));
        assertTrue(Loader.SCRATCH_END <= Loader.SCRATCH_BYTES, "the scratch layout fits: " + Loader.SCRATCH_END);
    }
}
