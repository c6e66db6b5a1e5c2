package jos.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks every ELF executable must pass, on files built by {@link ElfWriter} in simulated memory. */
class ElfFileTest {
    static final long TEXT = 0xffffffff80000000L, DATA = 0xffffffff80002000L;
    static final long FILE = 0x800000;
    /** Where the second program header (the data segment's) starts in a built file. */
    static final int DATA_PH = ElfHeader.SIZE + ProgramHeader.SIZE;
    private Machine machine;
    /** The record the checks write their refusal into. */
    private final long[] problem = new long[Problem.SIZE];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (seed + i * 7);
        return b;
    }

    /** A well-formed executable: text (R+X, 0x1800 bytes), data (R+W, 0x100 bytes in file, 0x3000 in memory). */
    static ElfWriter good() {
        return new ElfWriter().entry(TEXT + 0x10).load(TEXT, ElfWriter.PF_R | ElfWriter.PF_X, bytes(0x1800, 1), 0x1800)
                .load(DATA, ElfWriter.PF_R | ElfWriter.PF_W, bytes(0x100, 3), 0x3000);
    }

    private boolean check(byte[] file) {
        machine.memory().map(FILE, file);
        return ElfFile.check(FILE, file.length, problem);
    }

    private void assertRefused(byte[] file, String message, long value) {
        Problem.clear(problem);
        assertFalse(check(file), "expected the refusal: " + message);
        assertEquals(message, Problem.message(problem));
        assertEquals(value, Problem.value(problem));
    }

    /** The same refusal, on a fresh machine (a file is mapped once per machine). */
    private void assertAlsoRefused(byte[] file, String message, long value) {
        tearDown();
        setUp();
        assertRefused(file, message, value);
    }

    private static byte[] patched(Consumer<byte[]> patch) {
        byte[] file = good().build();
        patch.accept(file);
        return file;
    }

    @Test
    void wellFormedFilePasses() {
        assertTrue(check(good().build()), () -> Problem.message(problem));
        assertEquals(null, Problem.message(problem));
    }

    @Test
    void truncatedHeader() {
        assertRefused(Arrays.copyOf(good().build(), 63), "file is shorter than an ELF header; size", 63);
    }

    @Test
    void badMagic() {
        assertRefused(patched(f -> f[1] = 'X'), "not an ELF file; magic", 0x464c587fL);
    }

    @Test
    void wrongClass() {
        assertRefused(patched(f -> f[4] = 1), "ELF file is not ELFCLASS64; EI_CLASS", 1);
    }

    @Test
    void wrongEndianness() {
        assertRefused(patched(f -> f[5] = 2), "ELF file is not little-endian (ELFDATA2LSB); EI_DATA", 2);
    }

    @Test
    void wrongMachine() {
        assertRefused(patched(f -> ElfWriter.put16(f, ElfHeader.E_MACHINE, 183)), "ELF e_machine is not EM_X86_64 (62); e_machine", 183);
    }

    @Test
    void onlyExecutablesArePassed() {
        assertRefused(patched(f -> ElfWriter.put16(f, ElfHeader.E_TYPE, ElfHeader.ET_REL)),
                "ELF e_type is neither ET_EXEC nor ET_DYN; e_type", ElfHeader.ET_REL);
        assertAlsoRefused(patched(f -> ElfWriter.put16(f, ElfHeader.E_TYPE, ElfHeader.ET_CORE)),
                "ELF e_type is neither ET_EXEC nor ET_DYN; e_type", ElfHeader.ET_CORE);
        tearDown();
        setUp();
        assertTrue(check(patched(f -> ElfWriter.put16(f, ElfHeader.E_TYPE, ElfHeader.ET_DYN))), () -> Problem.message(problem));
    }

    @Test
    void wrongProgramHeaderSize() {
        assertRefused(patched(f -> ElfWriter.put16(f, ElfHeader.E_PHENTSIZE, 64)), "ELF e_phentsize is not 56; e_phentsize", 64);
    }

    @Test
    void identityNeedsNoSize() {
        byte[] file = patched(f -> f[4] = 1);
        machine.memory().map(FILE, file);
        assertFalse(ElfFile.checkIdentity(FILE, problem));
        assertEquals("ELF file is not ELFCLASS64; EI_CLASS", Problem.message(problem));
        machine.memory().write8(FILE + 4, (byte) 2);
        assertTrue(ElfFile.checkIdentity(FILE, problem), () -> Problem.message(problem));
    }

    @Test
    void programHeadersPastTheFile() {
        int length = good().build().length;
        assertRefused(patched(f -> ElfWriter.put64(f, ElfHeader.E_PHOFF, f.length - 60)),
                "ELF program headers extend past the end of the file; e_phoff", length - 60);
        assertAlsoRefused(patched(f -> ElfWriter.put64(f, ElfHeader.E_PHOFF, -8)),
                "ELF program headers extend past the end of the file; e_phoff", -8);
    }

    @Test
    void fileSizeAboveMemorySize() {
        assertRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_MEMSZ, 0x80)),
                "ELF PT_LOAD has p_filesz > p_memsz; p_vaddr", DATA);
    }

    @Test
    void segmentBytesPastTheFile() {
        byte[] file = good().build();
        assertTrue(good().offset(1) > 0);
        assertRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_OFFSET, file.length - 0x10)),
                "ELF PT_LOAD file bytes extend past the end of the file; p_offset", file.length - 0x10);
        assertAlsoRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_OFFSET, -0x80)),
                "ELF PT_LOAD file bytes extend past the end of the file; p_offset", -0x80);
    }

    @Test
    void segmentWrappingTheAddressSpace() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(16, 0), 16)
                .load(0xfffffffffffff800L, ElfWriter.PF_W, bytes(16, 0), 0x1000).build();
        assertRefused(file, "ELF PT_LOAD p_vaddr + p_memsz overflows; p_vaddr", 0xfffffffffffff800L);
        file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(16, 0), 16)
                .load(0xfffffffffffff800L, ElfWriter.PF_W, bytes(16, 0), 0x100).build();
        assertAlsoRefused(file, "ELF PT_LOAD p_vaddr + p_memsz overflows; p_vaddr", 0xfffffffffffff800L);
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        assertRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_ALIGN, 0x1800)),
                "ELF PT_LOAD p_align is not a power of two; p_align", 0x1800);
        for (long align : new long[] {0, 1, 0x10, 0x1000}) {
            tearDown();
            setUp();
            assertTrue(check(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_ALIGN, align))), () -> Problem.message(problem));
        }
    }

    @Test
    void addressAndOffsetMustAgreeModuloTheAlignment() {
        assertRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_ALIGN, 0x200000)),
                "ELF PT_LOAD p_vaddr and p_offset differ modulo p_align; p_vaddr", DATA);
        assertAlsoRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_OFFSET, good().offset(1) - 0x10)),
                "ELF PT_LOAD p_vaddr and p_offset differ modulo p_align; p_vaddr", DATA);
    }

    @Test
    void overlappingSegments() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x1000, 0), 0x1000)
                .load(TEXT + 0xfff, ElfWriter.PF_W, bytes(16, 0), 16).build();
        assertRefused(file, "ELF PT_LOAD segments overlap; p_vaddr", TEXT + 0xfff);
    }

    @Test
    void overlapNamesTheSegmentAndThePreviousEnd() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x1000, 0), 0x1000)
                .load(TEXT + 0x1000, ElfWriter.PF_W, new byte[0], 0).other(ProgramHeader.PT_NOTE, 0)
                .load(TEXT + 0x800, ElfWriter.PF_W, bytes(16, 0), 16).build();
        assertRefused(file, "ELF PT_LOAD segments are not in ascending p_vaddr order; p_vaddr", TEXT + 0x800);
        assertEquals(3, Problem.segment(problem));
        assertEquals("previous p_vaddr", Problem.detail(problem));
        assertEquals(TEXT + 0x1000, Problem.detailValue(problem));
        file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x1000, 0), 0x1000)
                .load(TEXT + 0x800, ElfWriter.PF_W, new byte[0], 0).other(ProgramHeader.PT_NOTE, 0)
                .load(TEXT + 0xff0, ElfWriter.PF_W, bytes(16, 0), 16).build();
        assertAlsoRefused(file, "ELF PT_LOAD segments overlap; p_vaddr", TEXT + 0xff0);
        assertEquals(3, Problem.segment(problem));
        assertEquals(TEXT + 0x1000, Problem.detailValue(problem), "the end of the last non-empty segment");
    }

    /** PT_LOAD entries ascend by p_vaddr (ELF specification), which keeps the overlap check one pass. */
    @Test
    void loadSegmentsMustAscend() {
        byte[] file = new ElfWriter().entry(TEXT).load(DATA, ElfWriter.PF_W, bytes(16, 0), 16)
                .load(TEXT, ElfWriter.PF_X, bytes(16, 0), 16).build();
        assertRefused(file, "ELF PT_LOAD segments are not in ascending p_vaddr order; p_vaddr", TEXT);
        assertEquals(1, Problem.segment(problem));
        assertEquals(DATA, Problem.detailValue(problem));
    }

    /** At most 64 program headers: the 65th is refused from the header, naming the count; 64 pass. */
    @Test
    void atMost64ProgramHeaders() {
        ElfWriter w = good();
        for (int i = 2; i < ElfFile.MAX_PROGRAM_HEADERS; i++) w.other(ProgramHeader.PT_NOTE, 0);
        assertTrue(check(w.build()), () -> Problem.message(problem));
        w.other(ProgramHeader.PT_NOTE, 0);
        assertAlsoRefused(w.build(), "ELF file has more than 64 program headers; e_phnum", 65);
        assertEquals(64, ElfFile.MAX_PROGRAM_HEADERS);
    }

    /** Segment refusals name the segment's index and a second value. */
    @Test
    void segmentRefusalsNameTheIndex() {
        assertRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_MEMSZ, 0x80)),
                "ELF PT_LOAD has p_filesz > p_memsz; p_vaddr", DATA);
        assertEquals(1, Problem.segment(problem));
        assertEquals("p_filesz", Problem.detail(problem));
        assertEquals(0x100, Problem.detailValue(problem));
        assertAlsoRefused(patched(f -> ElfWriter.put64(f, DATA_PH + ProgramHeader.P_MEMSZ, -DATA)),
                "ELF PT_LOAD p_vaddr + p_memsz overflows; p_vaddr", DATA);
        assertEquals(1, Problem.segment(problem));
        assertEquals(-DATA, Problem.detailValue(problem));
        Problem.report(problem, Problem.NOT_ELF, 1);
        assertEquals(-1, Problem.segment(problem));
        assertEquals(null, Problem.detail(problem));
    }

    @Test
    void segmentsSharingAPageButNotBytesAreFine() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x800, 0), 0x800)
                .load(TEXT + 0x800, ElfWriter.PF_W, bytes(16, 0), 16).build();
        assertTrue(check(file), () -> Problem.message(problem));
    }

    @Test
    void emptySegmentsOverlapNothing() {
        byte[] file = new ElfWriter().entry(TEXT).load(TEXT, ElfWriter.PF_X, bytes(0x1000, 0), 0x1000)
                .load(TEXT + 0x800, ElfWriter.PF_W, new byte[0], 0).build();
        assertTrue(check(file), () -> Problem.message(problem));
    }

    @Test
    void noLoadableSegment() {
        byte[] file = new ElfWriter().entry(TEXT).other(ProgramHeader.PT_NOTE, 0).other(ProgramHeader.PT_GNU_STACK, 0).build();
        assertRefused(file, "ELF file has no PT_LOAD segment; e_phnum", 2);
    }

    @Test
    void onlyLoadSegmentsAreChecked() {
        byte[] file = good().other(ProgramHeader.PT_NOTE, 0).build();
        ElfWriter.put64(file, ElfHeader.SIZE + 2 * ProgramHeader.SIZE + ProgramHeader.P_OFFSET, -1);
        assertTrue(check(file), () -> Problem.message(problem));
    }

    @Test
    void entryOutsideCode() {
        assertRefused(good().entry(DATA + 8).build(), "ELF entry point is outside every executable PT_LOAD segment; e_entry", DATA + 8);
        assertAlsoRefused(good().entry(TEXT + 0x1800).build(), "ELF entry point is outside every executable PT_LOAD segment; e_entry",
                TEXT + 0x1800);
    }

    @Test
    void theChecksRunSeparately() {
        byte[] file = good().entry(DATA).build();
        machine.memory().map(FILE, file);
        assertTrue(ElfFile.checkHeader(FILE, file.length, problem), () -> Problem.message(problem));
        assertTrue(ElfFile.checkSegments(FILE, file.length, problem), () -> Problem.message(problem));
        assertFalse(ElfFile.checkEntry(FILE, problem));
        assertEquals("ELF entry point is outside every executable PT_LOAD segment; e_entry", Problem.message(problem));
    }

    @Test
    void headerAccessors() {
        byte[] file = good().build();
        machine.memory().map(FILE, file);
        assertEquals(ElfHeader.MAGIC, ElfHeader.magic(FILE));
        assertEquals(ElfHeader.ELFCLASS64, ElfHeader.identByte(FILE, ElfHeader.EI_CLASS));
        assertEquals(ElfHeader.ET_EXEC, ElfHeader.type(FILE));
        assertEquals(ElfHeader.EM_X86_64, ElfHeader.machine(FILE));
        assertEquals(ElfHeader.EV_CURRENT, ElfHeader.version(FILE));
        assertEquals(TEXT + 0x10, ElfHeader.entry(FILE));
        assertEquals(ElfHeader.SIZE, ElfHeader.phoff(FILE));
        assertEquals(2, ElfHeader.phnum(FILE));
        long data = ElfHeader.programHeader(FILE, 1);
        assertEquals(FILE + DATA_PH, data);
        assertTrue(ProgramHeader.loadable(data));
        assertEquals(DATA, ProgramHeader.vaddr(data));
        assertEquals(DATA - TEXT, ProgramHeader.paddr(data));
        assertEquals(good().offset(1), ProgramHeader.offset(data));
        assertEquals(0x100, ProgramHeader.filesz(data));
        assertEquals(0x3000, ProgramHeader.memsz(data));
        assertEquals(0x1000, ProgramHeader.align(data));
        assertTrue(ProgramHeader.readable(data) && ProgramHeader.writable(data) && !ProgramHeader.executable(data));
        long text = ElfHeader.programHeader(FILE, 0);
        assertTrue(ProgramHeader.readable(text) && !ProgramHeader.writable(text) && ProgramHeader.executable(text));
    }

    @Test
    void segmentsExtentIsPageRounded() {
        byte[] file = new ElfWriter().entry(TEXT + 0x1010).other(ProgramHeader.PT_NOTE, 0x1000)
                .load(TEXT + 0x1010, ElfWriter.PF_X, bytes(0x100, 0), 0x100)
                .load(DATA + 0x20, ElfWriter.PF_W, bytes(0x10, 0), 0x2001).build();
        machine.memory().map(FILE, file);
        assertTrue(ElfFile.check(FILE, file.length, problem), () -> Problem.message(problem));
        assertEquals(TEXT + 0x1000, Segments.base(FILE));
        assertEquals(DATA + 0x3000, Segments.end(FILE));
    }

    @Test
    void twoChecksWithTheirOwnRecordsKeepTheirOwnReasons() {
        long[] other = new long[Problem.SIZE];
        Problem.clear(other);
        byte[] wrongMachine = patched(f -> ElfWriter.put16(f, ElfHeader.E_MACHINE, 183));
        byte[] shortFile = Arrays.copyOf(good().build(), 10);
        long second = FILE + 0x100000;
        machine.memory().map(FILE, wrongMachine);
        machine.memory().map(second, shortFile);
        assertFalse(ElfFile.check(FILE, wrongMachine.length, problem));
        assertFalse(ElfFile.check(second, shortFile.length, other));
        assertEquals(Problem.NOT_X86_64, Problem.reason(problem), "the first refusal stays after the second check");
        assertEquals(183, Problem.value(problem));
        assertEquals("file is shorter than an ELF header; size", Problem.message(other));
        assertEquals(10, Problem.value(other));
        assertEquals(null, Problem.detail(other));
    }

    @Test
    void everyReasonHasItsText() {
        assertEquals(null, Problem.message(Problem.NONE));
        for (int r = Problem.FILE_TOO_SHORT; r <= Problem.USER_SEGMENTS_TOO_BIG; r++) {
            assertTrue(Problem.message(r) != null && !Problem.message(r).equals(Problem.message(r + 100)), "reason " + r);
        }
    }
}
