package jos.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging from several CPUs: per-CPU line buffers, the lock (held by another "CPU" through its lock
 * word), re-entry on the CPU that holds it, and panic mode.
 */
class LogConcurrencyTest {
    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() {
        ConsoleState.reset();
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        ConsoleState.perCpuMode(machine, 0);
    }

    @AfterEach
    void tearDown() {
        ConsoleState.reset();
        machine.close();
    }

    /** The serial text as lines, colours removed. */
    List<String> lines() {
        return serial.text().replaceAll("\u001b\\[[0-9;]*m", "").lines().toList();
    }

    @Test
    void aRecordIsEmittedWholeAtItsEnd() {
        Log.begin(Log.INFO);
        Log.print("part one, ");
        Log.dec(42);
        assertEquals("", serial.text());
        Log.print(", part two");
        Log.end();
        assertEquals(List.of("[   0.000000] I cpu 0: part one, 42, part two"), lines());
        assertEquals(0, Memory.read32(LogLock.word()), "the lock is free again");
    }

    @Test
    void linesComposedOnDifferentCpusDoNotInterleave() {
        Log.begin(Log.INFO);
        Log.print("cpu 0 starts, ");
        ConsoleState.runAs(machine, 1);
        Log.begin(Log.WARN);
        Log.print("cpu 1 says ");
        ConsoleState.runAs(machine, 2);
        Log.print("plain from cpu 2");
        ConsoleState.runAs(machine, 1);
        Log.print("all");
        Log.end();
        ConsoleState.runAs(machine, 0);
        Log.print("and finishes");
        Log.end();
        ConsoleState.runAs(machine, 2);
        Log.newline();
        assertEquals(List.of("[   0.000000] W cpu 1: cpu 1 says all", "[   0.000000] I cpu 0: cpu 0 starts, and finishes",
                "plain from cpu 2"), lines());
    }

    @Test
    void aCpuWaitsWhileAnotherHoldsTheLock() throws Exception {
        long[] word = ConsoleState.lockWord();
        word[0] = 5 + 1;                                   // CPU 5 holds it
        AtomicLong releasedAt = new AtomicLong();
        Thread cpu5 = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            releasedAt.set(System.nanoTime());
            synchronized (machine) {
                word[0] = 0;
            }
        });
        cpu5.start();
        Log.info("waited for the lock");
        long returnedAt = System.nanoTime();
        cpu5.join();
        assertTrue(returnedAt >= releasedAt.get() && releasedAt.get() != 0, "returned only after CPU 5 released the lock");
        assertEquals(List.of("[   0.000000] I cpu 0: waited for the lock"), lines());
        assertEquals(0, word[0]);
    }

    @Test
    void aCpuThatAlreadyHoldsTheLockDoesNotDeadlock() {
        ConsoleState.lockWord()[0] = 0 + 1;                // this CPU holds it: a fault while emitting
        Log.error("from the fault handler");
        assertEquals(List.of("[   0.000000] E cpu 0: from the fault handler"), lines());
        assertEquals(1, ConsoleState.lockWord()[0], "still held for the interrupted emission");
    }

    @Test
    void panicModeStopsWaitingForALockAnotherCpuNeverReleases() {
        ConsoleState.lockWord()[0] = 3 + 1;                // CPU 3 died holding it
        Log.enterPanicMode();
        Log.error("panic: something");
        assertEquals(List.of("[   0.000000] E cpu 0: panic: something"), lines());
        assertEquals(4, ConsoleState.lockWord()[0], "not taken from its owner");
    }

    @Test
    void aLongLineIsEmittedInPartsWithNothingLost() {
        String text = "0123456789".repeat(60);
        Log.info(text);
        String joined = String.join("", lines());
        assertEquals("[   0.000000] I cpu 0: " + text, joined);
        assertTrue(lines().size() > 1);
    }

    @Test
    void cpuIdsBeyondTheBuffersWriteThroughDirectly() {
        ConsoleState.runAs(machine, LineBuffers.MAX_CPUS + 44);
        Log.begin(Log.INFO);
        Log.print("direct");
        assertTrue(serial.text().contains("cpu 12c: direct"), serial.text());
        Log.end();
        assertEquals(List.of("[   0.000000] I cpu 12c: direct"), lines());
        assertEquals(0, Memory.read32(LogLock.word()));
    }

    @Test
    void theHeaderShowsThisCpuPaddedForTheRunningCount() {
        ConsoleState.runAs(machine, 0xa);
        Log.warn("x");
        assertEquals(List.of("[   0.000000] W cpu a: x"), lines());
    }

    @Test
    void panicModeFirstEmitsThisCpusUnfinishedLine() {
        Log.begin(Log.INFO);
        Log.print("half a rec");
        Log.enterPanicMode();
        Log.print("kernel panic on cpu 0");
        Log.newline();
        assertEquals(List.of("[   0.000000] I cpu 0: half a rec", "kernel panic on cpu 0"), lines());
    }

    @Test
    void aRecordInterruptedByAnotherOnTheSameCpuComesOutInOrder() {
        Log.begin(Log.INFO);
        Log.print("outer");
        Log.error("from an interrupt handler");
        Log.print(" rest");
        Log.end();
        assertEquals(List.of("[   0.000000] I cpu 0: outer", "[   0.000000] E cpu 0: from an interrupt handler", " rest"), lines());
    }
}
