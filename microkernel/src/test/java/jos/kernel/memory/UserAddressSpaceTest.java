package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;
import jos.hw.Memory;
import jos.kernel.process.UserImage;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User address spaces and the user-program loader on the simulated machine: segments land at their
 * addresses with their permissions (USER, read-only text, no-execute data), the file's bytes copied and
 * bss zeroed, the kernel half shared; malformed or hostile programs are refused; and nothing leaks,
 * whether a load is refused half-way or a space is destroyed.
 */
class UserAddressSpaceTest {
    static final long HHDM = SimulatedRam.HHDM;
    /** Where the test writes the program file (physical: in bigMap's modules region, which the allocator leaves alone). */
    static final long FILE = 0x270_0000;
    static final long TEXT = 0x40_0000, RODATA = 0x40_1000, DATA = 0x40_2000;
    SimulatedRam ram;
    /** The refusal record each load writes into. */
    final long[] problem = new long[jos.elf.Problem.SIZE];

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /**
     * A user program as the user target links it: text r-x (16 code bytes), rodata r-- (a string), data
     * rw- (8 bytes of data, then 0x2000 bytes of bss). Returns the file's kernel address; size FILE_SIZE.
     */
    static long writeProgram(long[][] segments) {
        long file = HHDM + FILE;
        Memory.fill(file, (byte) 0, 0x4000);
        Memory.write32(file + ElfHeader.E_IDENT, ElfHeader.MAGIC);
        Memory.write8(file + ElfHeader.E_IDENT + ElfHeader.EI_CLASS, (byte) ElfHeader.ELFCLASS64);
        Memory.write8(file + ElfHeader.E_IDENT + ElfHeader.EI_DATA, (byte) ElfHeader.ELFDATA2LSB);
        Memory.write16(file + ElfHeader.E_TYPE, (short) ElfHeader.ET_EXEC);
        Memory.write16(file + ElfHeader.E_MACHINE, (short) ElfHeader.EM_X86_64);
        Memory.write64(file + ElfHeader.E_ENTRY, segments[0][0] + 4);
        Memory.write64(file + ElfHeader.E_PHOFF, 64);
        Memory.write16(file + ElfHeader.E_PHENTSIZE, (short) ProgramHeader.SIZE);
        Memory.write16(file + ElfHeader.E_PHNUM, (short) segments.length);
        for (int i = 0; i < segments.length; i++) {
            long ph = file + 64 + (long) i * ProgramHeader.SIZE;
            long[] s = segments[i];   // vaddr, offset, filesz, memsz, flags
            Memory.write32(ph + ProgramHeader.P_TYPE, ProgramHeader.PT_LOAD);
            Memory.write32(ph + ProgramHeader.P_FLAGS, (int) s[4]);
            Memory.write64(ph + ProgramHeader.P_VADDR, s[0]);
            Memory.write64(ph + ProgramHeader.P_OFFSET, s[1]);
            Memory.write64(ph + ProgramHeader.P_FILESZ, s[2]);
            Memory.write64(ph + ProgramHeader.P_MEMSZ, s[3]);
            Memory.write64(ph + ProgramHeader.P_ALIGN, 0x1000);
        }
        for (int i = 0; i < 16; i++) Memory.write8(file + 0x1000 + i, (byte) (0x90 + i));
        byte[] hello = "hello".getBytes();
        for (int i = 0; i < hello.length; i++) Memory.write8(file + 0x2000 + i, hello[i]);
        Memory.write64(file + 0x3000, 0x1122_3344_5566_7788L);
        return file;
    }

    static final long FILE_SIZE = 0x4000;
    static final int R = ProgramHeader.PF_R, W = ProgramHeader.PF_W, X = ProgramHeader.PF_X;
    static final long[][] GOOD = {
            {TEXT, 0x1000, 16, 16, R | X},
            {RODATA, 0x2000, 6, 6, R},
            {DATA, 0x3000, 8, 0x2008, R | W},
    };

    long entryOf(long root, long virtual) {
        assertTrue(PageTables.translate(root, virtual) != -1, "mapped: " + Long.toHexString(virtual));
        return PageTables.leafEntry(root, virtual);
    }

    @Test
    void aProgramIsLoadedWithItsPermissionsBytesAndStack() {
        long free = FrameAllocator.freeBytes();
        long file = writeProgram(GOOD);
        long root = UserImage.load(file, FILE_SIZE, problem);
        assertTrue(root != 0, jos.elf.Problem.message(problem));
        assertEquals(TEXT + 4, UserImage.entry(file));

        long text = entryOf(root, TEXT);
        assertTrue((text & PageTableEntry.USER) != 0, "user");
        assertEquals(0, text & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE), "text: read-only, executable");
        assertEquals((byte) 0x93, Memory.read8(HHDM + PageTables.translate(root, TEXT + 3)));
        long rodata = entryOf(root, RODATA);
        assertEquals(PageTableEntry.NO_EXECUTE, rodata & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE), "rodata: read-only, no-execute");
        assertEquals('h', Memory.read8(HHDM + PageTables.translate(root, RODATA)));
        long data = entryOf(root, DATA + 0x2000);
        assertEquals(PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE, data & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE));
        assertEquals(0x1122_3344_5566_7788L, Memory.read64(HHDM + PageTables.translate(root, DATA)));
        for (long v = DATA + 8; v < DATA + 0x2008; v += 8) assertEquals(0, Memory.read64(HHDM + PageTables.translate(root, v)), "bss is zero");
        assertEquals(-1, PageTables.translate(root, DATA + 0x3000), "nothing past the segment");
        assertEquals(-1, PageTables.translate(root, 0), "page 0 unmapped");

        long stack = entryOf(root, UserImage.STACK_TOP - 8);
        assertEquals(PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PageTableEntry.USER,
                stack & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PageTableEntry.USER));
        assertEquals(-1, PageTables.translate(root, UserImage.STACK_TOP), "guard above the stack");
        assertEquals(-1, PageTables.translate(root, UserImage.STACK_TOP - UserImage.STACK_BYTES - 8), "guard below the stack");

        long kernel = FakeKernel.VIRTUAL_BASE;
        assertEquals(PageTables.translate(KernelAddressSpace.root(), kernel), PageTables.translate(root, kernel), "the kernel half is shared");

        UserAddressSpace.destroy(root);
        assertEquals(free, FrameAllocator.freeBytes(), "every frame and table returned");
    }

    void assertRefused(long[][] segments, long size, String message) {
        long free = FrameAllocator.freeBytes();
        assertEquals(0, UserImage.load(writeProgram(segments), size, problem));
        assertTrue(jos.elf.Problem.message(problem) != null && jos.elf.Problem.message(problem).startsWith(message), jos.elf.Problem.message(problem));
        assertEquals(free, FrameAllocator.freeBytes(), "a refused program takes nothing");
    }

    @Test
    void programsThatBreakTheRulesAreRefusedAndTakeNothing() {
        assertRefused(new long[][] {{0xffff_8000_0000_0000L, 0x1000, 16, 16, R | X}}, FILE_SIZE, "user segment outside the user half");
        assertRefused(new long[][] {{0, 0x1000, 16, 16, R | X}}, FILE_SIZE, "user segment outside the user half");
        assertRefused(new long[][] {{UserImage.STACK_TOP - 0x2000, 0x1000, 16, 16, R | X}}, FILE_SIZE, "user segment outside the user half");
        assertRefused(new long[][] {{TEXT, 0x1000, 16, 16, R | W | X}}, FILE_SIZE, "user segment is writable and executable");
        assertRefused(new long[][] {{TEXT, 0x1000, 16, 16, R | X}, {TEXT + 0x800, 0x1800, 8, 8, R | W}}, FILE_SIZE, "user segments share a page");
        assertRefused(GOOD, 0x3004, "ELF");                                 // the data segment's bytes beyond the file
        long file = writeProgram(GOOD);
        Memory.write16(file + ElfHeader.E_TYPE, (short) ElfHeader.ET_DYN);
        long free = FrameAllocator.freeBytes();
        assertEquals(0, UserImage.load(file, FILE_SIZE, problem));
        assertTrue(jos.elf.Problem.message(problem).startsWith("user program is not ET_EXEC"), jos.elf.Problem.message(problem));
        assertEquals(free, FrameAllocator.freeBytes());
    }

    /** A refusal that names the segment: its message starts with message, the segment index and the value. */
    void assertRefused(long[][] segments, String message, int segment, long value) {
        assertRefused(segments, FILE_SIZE, message);
        assertEquals(segment, jos.elf.Problem.segment(problem), "segment index");
        assertEquals(value, jos.elf.Problem.value(problem), "value");
    }

    /** Segment ranges are unsigned and never wrap: a huge p_memsz, a non-canonical or kernel-half p_vaddr. */
    @Test
    void segmentRangesAreCheckedUnsignedWithoutWrapping() {
        assertRefused(new long[][] {{TEXT, 0x1000, 16, 1L << 63, R | X}}, "user segment outside the user half", 0, TEXT);
        assertEquals(1L << 63, jos.elf.Problem.detailValue(problem), "p_memsz");
        assertRefused(new long[][] {GOOD[0], {DATA, 0x3000, 8, -DATA - 0x10000, R | W}}, "user segment outside the user half", 1, DATA);
        assertRefused(new long[][] {GOOD[0], {UserAddressSpace.USER_END, 0x3000, 8, 8, R | W}}, "user segment outside the user half", 1,
                UserAddressSpace.USER_END);
        assertRefused(new long[][] {GOOD[0], {0x0800_0000_0000_0000L, 0x3000, 8, 8, R | W}}, "user segment outside the user half", 1,
                0x0800_0000_0000_0000L);
        assertRefused(new long[][] {GOOD[0], {UserImage.SEGMENTS_END - 0x1000, 0x3000, 8, 0x1001, R | W}}, "user segment outside the user half",
                1, UserImage.SEGMENTS_END - 0x1000);
        long free = FrameAllocator.freeBytes();
        long[][] last = {GOOD[0], {UserImage.SEGMENTS_END - 0x1000, 0x3000, 8, 0x1000, R | W}};
        long root = UserImage.load(writeProgram(last), FILE_SIZE, problem);
        assertTrue(root != 0, jos.elf.Problem.message(problem));
        UserAddressSpace.destroy(root);
        assertEquals(free, FrameAllocator.freeBytes());
    }

    /** More than 64 program headers are refused, naming the count, before any frame is taken; 64 load. */
    @Test
    void atMost64ProgramHeaders() {
        long[][] many = new long[65][];
        many[0] = GOOD[0];
        for (int i = 1; i < many.length; i++) many[i] = new long[] {DATA + 0x1000L * i, 0x3000, 0, 16, R};
        assertRefused(many, FILE_SIZE, "ELF file has more than 64 program headers");
        assertEquals(65, jos.elf.Problem.value(problem), "e_phnum");
        long free = FrameAllocator.freeBytes();
        long root = UserImage.load(writeProgram(java.util.Arrays.copyOf(many, 64)), FILE_SIZE, problem);
        assertTrue(root != 0, jos.elf.Problem.message(problem));
        UserAddressSpace.destroy(root);
        assertEquals(free, FrameAllocator.freeBytes());
    }

    /** The segments' pages together are limited to MAX_SEGMENT_BYTES, checked before any frame is taken. */
    @Test
    void segmentsTakeAtMostTheLimitInAll() {
        long half = UserImage.MAX_SEGMENT_BYTES / 2;
        assertRefused(new long[][] {GOOD[0], {DATA, 0x3000, 8, UserImage.MAX_SEGMENT_BYTES, R | W}}, "user program's segments take more than 256 MiB",
                1, UserImage.MAX_SEGMENT_BYTES + 0x1000);
        assertRefused(new long[][] {GOOD[0], {DATA, 0x3000, 8, half, R | W}, {DATA + half, 0x3000, 0, half, R}},
                "user program's segments take more than 256 MiB", 2, UserImage.MAX_SEGMENT_BYTES + 0x1000);
        assertEquals(256L << 20, UserImage.MAX_SEGMENT_BYTES);
    }

    /** PT_LOAD entries must ascend (the ELF rule that keeps the overlap checks linear); refusals name the segment. */
    @Test
    void segmentsMustAscendAndRefusalsNameTheSegment() {
        assertRefused(new long[][] {GOOD[0], GOOD[2], GOOD[1]}, "ELF PT_LOAD segments are not in ascending p_vaddr order", 2, RODATA);
        assertRefused(new long[][] {GOOD[0], GOOD[1], {RODATA + 0x800, 0x3800, 8, 8, R | W}}, "user segments share a page", 2, RODATA + 0x800);
        assertRefused(new long[][] {GOOD[0], GOOD[1], {RODATA + 4, 0x2004, 2, 2, R}}, "ELF PT_LOAD segments overlap", 2, RODATA + 4);
        assertRefused(new long[][] {GOOD[0], {RODATA, 0x2000, 6, 6, R | W | X}}, "user segment is writable and executable", 1, RODATA);
    }

    @Test
    void runningOutOfMemoryHalfWayGivesEverythingBack() {
        long free = FrameAllocator.freeBytes();
        // Take every frame (large runs first: the simulated RAM backs only the low 64 MiB, so nothing is
        // touched), then give back 12 low ones: the load runs out part-way, at the stack's 16 pages.
        java.util.List<long[]> taken = new java.util.ArrayList<>();
        for (long size : new long[] {PageTableEntry.SIZE_1G, PageTableEntry.SIZE_2M, PageTableEntry.SIZE_4K}) {
            for (long f; (f = FrameAllocator.allocate(size, Usage.HEAP)) != 0; ) taken.add(new long[] {f, size});
        }
        Problem.clear();
        int returned = 0;
        for (long[] t : taken) {
            if (t[1] == PageTableEntry.SIZE_4K && t[0] < 0x100_0000 && returned < 12) {
                assertTrue(FrameAllocator.free(t[0], t[1]));
                t[1] = 0;
                returned++;
            }
        }
        assertEquals(12, returned);
        long before = FrameAllocator.freeBytes();
        assertEquals(0, UserImage.load(writeProgram(GOOD), FILE_SIZE, problem), "the 16 stack pages do not fit");
        assertEquals(before, FrameAllocator.freeBytes(), "what the failed load took is back");
        for (long[] t : taken) if (t[1] != 0) FrameAllocator.free(t[0], t[1]);
        assertEquals(free, FrameAllocator.freeBytes());
    }

    @Test
    void userRangesAreCheckedAndPagesAreNotMappedTwice() {
        long root = UserAddressSpace.create();
        assertFalse(UserAddressSpace.allocate(root, 0, 0x1000, 0), "page 0");
        assertFalse(UserAddressSpace.allocate(root, UserAddressSpace.USER_END - 0x1000, 0x2000, 0), "into the kernel half");
        assertFalse(UserAddressSpace.allocate(root, TEXT + 1, 0x1000, 0), "unaligned");
        assertTrue(UserAddressSpace.allocate(root, TEXT, 0x1000, 0));
        assertFalse(UserAddressSpace.allocate(root, TEXT, 0x1000, 0), "twice");
        UserAddressSpace.destroy(root);
    }

    /** What a system call may read: user-half ranges whose every page is mapped with USER, nothing else. */
    @Test
    void systemCallRangesMustBeMappedUserMemory() {
        long root = UserAddressSpace.create();
        assertTrue(UserAddressSpace.allocate(root, TEXT, 0x2000, 0));
        assertTrue(UserAddressSpace.mappedForUser(root, TEXT, 1));
        assertTrue(UserAddressSpace.mappedForUser(root, TEXT + 0xff0, 0x20), "across two mapped pages");
        assertTrue(UserAddressSpace.mappedForUser(root, TEXT, 0x2000), "all of it");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT, 0x2001), "one byte into the unmapped page");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT + 0x1fff, 2), "ends in the unmapped page");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT - 1, 2), "starts in the unmapped page");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT, 0), "empty");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT, -1), "negative length");
        assertFalse(UserAddressSpace.mappedForUser(root, 0, 8), "page 0");
        assertFalse(UserAddressSpace.mappedForUser(root, TEXT, Long.MAX_VALUE), "overflows");
        assertFalse(UserAddressSpace.mappedForUser(root, UserAddressSpace.USER_END - 8, 16), "into the kernel half");
        long kernel = HHDM + 0x10_0000;
        assertTrue(PageTables.translate(root, kernel) != -1, "the kernel half is mapped in the user space");
        assertFalse(UserAddressSpace.mappedForUser(root, kernel, 8), "kernel memory, mapped but not USER");
        assertFalse(UserAddressSpace.mappedForUser(root, -8, 8), "a negative (kernel-half) address");
        UserAddressSpace.destroy(root);
    }
}
