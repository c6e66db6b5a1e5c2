package jos.kernel.memory;

import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.x86.ControlRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * TLB shootdown on one simulated CPU: the initiator's own invalidation (page by page, or a full flush
 * that also drops global entries), and a receiving CPU carrying out each published request exactly once
 * however often it is asked, a late acknowledgement waited for rather than given up on, and a CPU spinning
 * for a lock serving a request meanwhile. (The IPIs between CPUs are proven in QEMU.)
 */
class TlbShootdownTest {
    static final long BLOCK = 0x3000;
    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(BLOCK, PerCpu.SIZE);
        machine.cpu().writeMsr(SimCpu.IA32_GS_BASE, BLOCK);
        Memory.write64(BLOCK + PerCpu.SELF, BLOCK);
        java.util.Arrays.fill(TlbShootdown.REQUEST, 0);
    }

    @AfterEach
    void tearDown() {
        java.util.Arrays.fill(TlbShootdown.REQUEST, 0);
        machine.close();
    }

    @Test
    void aSmallRangeIsInvalidatedPageByPageOnTheInitiator() {
        assertEquals(1, Cpus.count(), "no other cpu runs: nothing to send");
        assertEquals(0, TlbShootdown.invalidate(0xffff_c000_0000_1800L, 0x1000));
        assertEquals(List.of(0xffff_c000_0000_1000L, 0xffff_c000_0000_2000L), machine.cpu().invalidatedPages(),
                "every page the range touches");
    }

    @Test
    void aLargeRangeFlushesEverythingIncludingGlobalPages() {
        machine.cpu().cr4 = 0x20 | ControlRegister.CR4_PGE;
        TlbShootdown.invalidate(0xffff_c000_0000_0000L, (TlbShootdown.FULL_FLUSH_PAGES + 1) * 4096);
        assertTrue(machine.cpu().invalidatedPages().isEmpty(), "no invlpg");
        assertEquals(0x20 | ControlRegister.CR4_PGE, machine.cpu().cr4, "PGE toggled off and on again");
    }

    @Test
    void aRequestIsCarriedOutOncePerGeneration() {
        TlbShootdown.REQUEST[2] = 0xffff_c000_0004_0000L;      // FIRST
        TlbShootdown.REQUEST[3] = 2;                           // PAGES
        TlbShootdown.REQUEST[1] = 1;                           // GENERATION
        TlbShootdown.service();
        TlbShootdown.service();                                // the IPI after the lock waiter did it
        assertEquals(List.of(0xffff_c000_0004_0000L, 0xffff_c000_0004_1000L), machine.cpu().invalidatedPages());
        assertEquals(1, Memory.read64(BLOCK + PerCpu.TLB_GENERATION), "acknowledged");
        TlbShootdown.REQUEST[1] = 2;
        TlbShootdown.service();
        assertEquals(4, machine.cpu().invalidatedPages().size(), "a new generation is carried out again");
        assertEquals(2, Memory.read64(BLOCK + PerCpu.TLB_GENERATION));
    }

    @Test
    void aLateAcknowledgementIsWaitedForNotGivenUpOn() throws Exception {
        machine.memory().map(0x8000, 4096);
        long done = 0x8000;
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        Thread late = new Thread(() -> {
            try (var attached = machine.attach()) {
                Thread.sleep(200);   // far beyond the 1,000 spins the initiator is given
                written.set(true);
                jos.hw.Atomic.store64(done, 7);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        late.start();
        boolean inTime = TlbShootdown.awaitAcknowledgement(done, 7, 1000, 1, 0xffff_c000_0000_0000L, 1);
        assertTrue(written.get(), "returned only once the cpu had acknowledged");
        assertEquals(false, inTime, "reported as late");
        late.join();
        assertTrue(TlbShootdown.awaitAcknowledgement(done, 7, 1000, 1, 0xffff_c000_0000_0000L, 1), "an answer in time is in time");
    }

    @Test
    void aCpuSpinningForALockServesAShootdownMeanwhile() throws Exception {
        machine.memory().map(0x8000, 4096);
        long lock = 0x8000;
        Memory.write64(lock, 1);                              // held by the initiator
        Thread waiter = new Thread(() -> {
            try (var attached = machine.attach()) {
                SpinLock.acquire(lock);
                SpinLock.release(lock);
            }
        });
        waiter.start();
        TlbShootdown.REQUEST[2] = 0xffff_c000_0004_0000L;      // FIRST
        TlbShootdown.REQUEST[3] = 1;                           // PAGES
        jos.hw.Atomic.store64(Memory.addressOf(TlbShootdown.REQUEST) + 8, 3);   // GENERATION, published last
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (jos.hw.Atomic.load64(BLOCK + PerCpu.TLB_GENERATION) != 3 && System.nanoTime() < deadline) Thread.onSpinWait();
        assertEquals(3, jos.hw.Atomic.load64(BLOCK + PerCpu.TLB_GENERATION), "the waiter acknowledged while the lock was held");
        jos.hw.Atomic.store64(lock, 0);
        waiter.join(10_000);
        assertEquals(false, waiter.isAlive(), "the waiter took the lock once it was free");
        assertEquals(List.of(0xffff_c000_0004_0000L), machine.cpu().invalidatedPages());
    }
}
