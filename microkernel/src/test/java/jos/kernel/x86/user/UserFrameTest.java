package jos.kernel.x86.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.process.UserThread;
import jos.kernel.x86.idt.InterruptFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frame and thread block layouts the assembly relies on, and a full copy from an InterruptFrame. */
class UserFrameTest {
    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void layouts() {
        Layouts.verify(UserFrame.class);
        Layouts.verify(jos.kernel.sched.Thread.class);
        assertEquals(20 * 8, UserFrame.SIZE);
        assertEquals(0, UserFrame.IN_THREAD_BLOCK, "the thread's address is its frame's (PerCpu CURRENT_THREAD)");
        assertEquals(0, UserThread.SIZE % 16, "TSS.RSP0 and the syscall stack start at the block: 16-byte aligned");
        assertEquals(0, (int) (UserThread.STACK_BYTES % 4096));
        assertTrue(jos.kernel.sched.Thread.NAME >= UserFrame.IN_THREAD_BLOCK + UserFrame.SIZE, "the frame comes first, whole");
        assertEquals(0, UserReturn.SYSRET, "the return path's jne falls through to sysretq only for SYSRET");
    }

    @Test
    void captureCopiesEveryRegisterAndBothBases() {
        long[] interrupted = new long[InterruptFrame.SIZE / 8];
        for (int i = 0; i < interrupted.length; i++) interrupted[i] = 0x1000 + i;
        long[] frame = new long[UserFrame.SIZE / 8];
        UserFrame.capture(Memory.addressOf(frame), Memory.addressOf(interrupted), 0xaaaa, 0xbbbb);
        int[][] pairs = {{UserFrame.RAX, InterruptFrame.RAX}, {UserFrame.RBX, InterruptFrame.RBX}, {UserFrame.RCX, InterruptFrame.RCX},
                {UserFrame.RDX, InterruptFrame.RDX}, {UserFrame.RSI, InterruptFrame.RSI}, {UserFrame.RDI, InterruptFrame.RDI},
                {UserFrame.RBP, InterruptFrame.RBP}, {UserFrame.R8, InterruptFrame.R8}, {UserFrame.R9, InterruptFrame.R9},
                {UserFrame.R10, InterruptFrame.R10}, {UserFrame.R11, InterruptFrame.R11}, {UserFrame.R12, InterruptFrame.R12},
                {UserFrame.R13, InterruptFrame.R13}, {UserFrame.R14, InterruptFrame.R14}, {UserFrame.R15, InterruptFrame.R15},
                {UserFrame.RIP, InterruptFrame.RIP}, {UserFrame.RFLAGS, InterruptFrame.RFLAGS}, {UserFrame.RSP, InterruptFrame.RSP}};
        for (int[] p : pairs) assertEquals(0x1000 + p[1] / 8, frame[p[0] / 8], "field at " + p[0]);
        assertEquals(0xaaaa, frame[UserFrame.FS_BASE / 8]);
        assertEquals(0xbbbb, frame[UserFrame.GS_BASE / 8]);
        assertEquals(pairs.length + 2, frame.length, "every field is filled");
    }
    @Test
    void aSwitchSavesTheBasesTheMsrsHoldAndLoadsTheNextThreadsWritingOnlyThoseThatDiffer() {
        long[] out = new long[UserFrame.SIZE / 8], in = new long[UserFrame.SIZE / 8];
        machine.cpu().writeMsr(jos.x86.Msr.IA32_FS_BASE, 0x7000_1000L);
        machine.cpu().writeMsr(jos.x86.Msr.IA32_KERNEL_GS_BASE, 0x7000_2000L);
        int writes = machine.cpu().msrWrites().size();
        in[UserFrame.FS_BASE / 8] = 0x5000;
        in[UserFrame.GS_BASE / 8] = 0x7000_2000L;
        UserFrame.switchBases(Memory.addressOf(out), Memory.addressOf(in));
        assertEquals(0x7000_1000L, out[UserFrame.FS_BASE / 8]);
        assertEquals(0x7000_2000L, out[UserFrame.GS_BASE / 8], "the user's GS base, parked by swapgs");
        assertEquals(0x5000, machine.cpu().readMsr(jos.x86.Msr.IA32_FS_BASE));
        assertEquals(0x7000_2000L, machine.cpu().readMsr(jos.x86.Msr.IA32_KERNEL_GS_BASE));
        assertEquals(writes + 1, machine.cpu().msrWrites().size(), "the GS base was the same: only FS written");

        // From the idle context (no frame to save) to a thread, and from a thread to the idle context.
        in[UserFrame.GS_BASE / 8] = 0x6000;
        UserFrame.switchBases(0, Memory.addressOf(in));
        assertEquals(0x6000, machine.cpu().readMsr(jos.x86.Msr.IA32_KERNEL_GS_BASE));
        assertEquals(writes + 2, machine.cpu().msrWrites().size(), "FS already 0x5000");
        UserFrame.switchBases(Memory.addressOf(out), 0);
        assertEquals(0x5000, out[UserFrame.FS_BASE / 8]);
        assertEquals(0x6000, out[UserFrame.GS_BASE / 8]);
        assertEquals(writes + 2, machine.cpu().msrWrites().size(), "nothing loaded for the idle context");
    }

    @Test
    void noSystemCallReadsOrWritesAnMsr() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/jos/kernel/x86/user/SyscallEntry.java"));
        String body = source.substring(source.indexOf("jos_syscall_entry:"));
        assertTrue(body.contains("sysretq") && body.contains("iretq"), "the entry and both ways out are there");
        assertTrue(!body.contains("rdmsr") && !body.contains("wrmsr"), "the bases move only at a context switch");
    }
}
