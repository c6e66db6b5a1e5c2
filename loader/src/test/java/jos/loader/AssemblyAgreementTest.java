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
import jos.x86.ControlRegister;
import jos.x86.Msr;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import org.junit.jupiter.api.Test;

/** entry.S repeats a few Java definitions (the loader's and jos.x86's) as .set constants; they must agree. */
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

    /** The hardware numbers entry.S spells are jos.x86's. */
    @Test
    void hardwareConstants() throws IOException {
        Map<String, Long> c = constants();
        assertEquals(Msr.IA32_EFER & 0xffff_ffffL, c.get("IA32_EFER"));
        assertEquals(Msr.IA32_PAT, c.get("IA32_PAT"));
        assertEquals(Msr.IA32_APIC_BASE, c.get("IA32_APIC_BASE"));
        assertEquals(Msr.EFER_LME, c.get("EFER_LME"));
        assertEquals(ControlRegister.CR4_PAE, c.get("CR4_PAE"));
        assertEquals(ControlRegister.CR0_PE | ControlRegister.CR0_PG, c.get("CR0_PE_PG"));
        assertEquals(ControlRegister.CR0_WP, c.get("CR0_WP"));
        assertEquals(PageTableEntry.leaf(0, 2, PageTableEntry.WRITABLE, Pat.WRITE_BACK), c.get("PDE_2M_PRESENT_WRITABLE"));
        assertEquals(PageTableEntry.table(0, false), c.get("TABLE_PRESENT_WRITABLE"));
    }
}
