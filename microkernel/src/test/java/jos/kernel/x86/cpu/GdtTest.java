package jos.kernel.x86.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A CPU's descriptor block as {@link Gdt#build} leaves it, and the layouts of the structures. */
class GdtTest {
    static final long BLOCK = 0xffff_8000_0010_0000L;

    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(BLOCK, Gdt.SIZE);
        Memory.fill(BLOCK, (byte) 0x5a, Gdt.SIZE);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void layoutsFollowTheCRules() {
        Layouts.verify(Tss.class);
        Layouts.verify(TableRegister.class);
        Layouts.verify(Gdt.class);
    }

    @Test
    void tssFieldsAreWhereTheSdmPutsThem() {
        assertEquals(4, Tss.RSP0);
        assertEquals(36, Tss.IST);
        assertEquals(102, Tss.IO_MAP_BASE);
        assertEquals(104, Tss.SIZE);
    }

    @Test
    void buildWritesTheDescriptorsInSysretOrder() {
        Gdt.build(BLOCK);
        assertEquals(0L, Gdt.descriptor(BLOCK, 0));
        assertEquals(0x00AF9A000000FFFFL, Gdt.descriptor(BLOCK, 1));
        assertEquals(0x00CF92000000FFFFL, Gdt.descriptor(BLOCK, 2));
        assertEquals(0x00CFF2000000FFFFL, Gdt.descriptor(BLOCK, 3));
        assertEquals(0x00AFFA000000FFFFL, Gdt.descriptor(BLOCK, 4));
        long tss = BLOCK + 80;
        assertEquals(tss, Gdt.tss(BLOCK));
        // tss = 0xffff800000100050: base[23:0] 0x100050, base[31:24] 0x00, limit 0x2068 (TSS, I/O bitmap, 0xff), access 0x89
        assertEquals(0x0000_8910_0050_2068L, Gdt.descriptor(BLOCK, 5));
        assertEquals(0xffff_8000L, Gdt.descriptor(BLOCK, 6));
    }

    @Test
    void buildWritesTheLgdtOperandAlignedAndAnEmptyTss() {
        Gdt.build(BLOCK);
        long register = Gdt.register(BLOCK);
        assertEquals(6, register & 7, "base of the operand 8-byte aligned");
        assertEquals(55, Memory.read16(register));
        assertEquals(BLOCK, Memory.read64(register + 2));
        assertEquals(56, TableRegister.bytes(register));
        long tss = Gdt.tss(BLOCK);
        assertEquals(Tss.IO_MAP_OFF, Tss.ioMapBase(tss), "past the limit: no port for ring 3");
        for (int i = 0; i < 100; i += 4) assertEquals(0, Memory.read32(tss + i), "tss byte " + i);
    }

    @Test
    void stacksGoWhereTheCpuReadsThem() {
        Gdt.build(BLOCK);
        long tss = Gdt.tss(BLOCK);
        Tss.setRsp0(tss, 0x1111_2222_3333_4440L);
        for (int n = 1; n <= Tss.IST_COUNT; n++) Tss.setIst(tss, n, 0xffff_8000_0000_0000L + n * 0x1000L);
        assertEquals(0x1111_2222_3333_4440L, Memory.read64(tss + 4));
        assertEquals(0xffff_8000_0000_1000L, Memory.read64(tss + 0x24));
        assertEquals(0xffff_8000_0000_3000L, Memory.read64(tss + 0x34));
        assertEquals(0xffff_8000_0000_7000L, Memory.read64(tss + 0x54));
        assertEquals(0xffff_8000_0000_3000L, Tss.ist(tss, 3));
        assertEquals(0x1111_2222_3333_4440L, Tss.rsp0(tss));
        assertEquals(Tss.IO_MAP_OFF, Tss.ioMapBase(tss), "past the limit: no port for ring 3");
    }

    @Test
    void selectorsMatchTheSlotsAndSyscallArithmetic() {
        assertEquals(1, Selectors.index(Selectors.KERNEL_CODE));
        assertEquals(2, Selectors.index(Selectors.KERNEL_DATA));
        assertEquals(3, Selectors.index(Selectors.USER_DATA));
        assertEquals(4, Selectors.index(Selectors.USER_CODE));
        assertEquals(5, Selectors.index(Selectors.TSS));
        assertEquals(0x0013_0008_0000_0000L, Selectors.STAR);
        int syscallBase = (int) (Selectors.STAR >>> 32) & 0xFFFF, sysretBase = (int) (Selectors.STAR >>> 48);
        assertEquals(Selectors.KERNEL_CODE, syscallBase);
        assertEquals(Selectors.KERNEL_DATA, syscallBase + 8);
        assertEquals(Selectors.USER_DATA, sysretBase + 8);
        assertEquals(Selectors.USER_CODE, sysretBase + 16);
    }

    @Test
    void theIoBitmapFollowsTheTssInsideTheLimitAndIsOnOnlyWhenLoaded() {
        Gdt.build(BLOCK);
        long tss = Gdt.tss(BLOCK);
        assertEquals(8192 + 1, Tss.AREA - Tss.SIZE, "one bit per port and the terminating byte");
        for (int i = 0; i <= Tss.IO_BITMAP_BYTES; i++) assertEquals(-1, Memory.read8(tss + Tss.IO_BITMAP + i), "bitmap byte " + i);
        assertTrue(Tss.IO_MAP_OFF > Tss.AREA - 1, "the off base is past the limit");
        machine.memory().map(0x20_0000, Tss.IO_BITMAP_BYTES);
        Memory.fill(0x20_0000, (byte) 0xff, Tss.IO_BITMAP_BYTES);
        Memory.write8(0x20_0000 + 0x3f8 / 8, (byte) 0);   // ports 0x3f8-0x3ff
        Tss.loadIoBitmap(tss, 0x20_0000);
        assertEquals(Tss.IO_BITMAP, Tss.ioMapBase(tss));
        assertEquals(0, Memory.read8(tss + Tss.IO_BITMAP + 0x3f8 / 8));
        assertEquals(-1, Memory.read8(tss + Tss.IO_BITMAP + 0x3f0 / 8));
        assertEquals(-1, Memory.read8(tss + Tss.IO_BITMAP + Tss.IO_BITMAP_BYTES), "the terminating byte stays");
        Tss.disableIoBitmap(tss);
        assertEquals(Tss.IO_MAP_OFF, Tss.ioMapBase(tss));
    }
}
