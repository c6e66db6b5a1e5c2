package jos.kernel.timer;

import jos.kernel.time.Clock;
import jos.kernel.timer.Calibration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.hw.sim.SimPorts;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TSC calibration against a simulated PIT channel 2, and the time since boot. */
class ClockTest {
    /**
     * The PIT's channel 2 and port 0x61 as calibration uses them. Every port access takes a microsecond of
     * simulated time, advancing the TSC at tscHz; while the gate (port 0x61 bit 0) is on, the count
     * written in mode 0 counts down at 1.193182 MHz, and the latch command (0x80) freezes it for two
     * reads of port 0x42, low byte first. OUT2 (bit 5 of port 0x61) is high once the count ran out.
     */
    static final class SimPit implements SimPorts.Device {
        final Machine machine;
        final long tscHz;
        int portB = 0x0c, command = -1, count, bytesWritten, latched = -1, latchReads;
        long armedAtNanos = -1, nanos;
        boolean broken;

        SimPit(Machine machine, long tscHz) {
            this.machine = machine;
            this.tscHz = tscHz;
        }

        /** A host that deschedules the emulated CPU: port access number stallAt takes stallNanos more. */
        long accesses, stallAt = -1, stallNanos;

        void tick() {
            long step = ++accesses == stallAt ? 1000 + stallNanos : 1000;
            nanos += step;
            machine.cpu().tsc += tscHz / 1_000_000 * (step / 1000);
        }

        long elapsedTicks() {
            if (broken || armedAtNanos < 0 || (portB & 1) == 0) return 0;
            return (nanos - armedAtNanos) * 1_193_182L / 1_000_000_000L;
        }

        @Override
        public int read(int port, int width) {
            tick();
            if (port == 0x42) {
                int value = latched >= 0 ? latched : (int) (count - elapsedTicks()) & 0xffff;
                int b = latchReads++ == 0 ? value & 0xff : value >>> 8 & 0xff;
                if (latchReads == 2) {
                    latchReads = 0;
                    latched = -1;
                }
                return b;
            }
            if (port != 0x61) return 0;
            boolean out2 = !broken && armedAtNanos >= 0 && elapsedTicks() >= count;
            return portB & 0x0f | (out2 ? 0x20 : 0);
        }

        @Override
        public void write(int port, int width, int value) {
            tick();
            if (port == 0x61) portB = value & 0x0f;
            if (port == 0x43 && value == 0x80) {
                latched = (int) (count - elapsedTicks() & 0xffff) & 0xffff;   // mode 0 wraps after 0
                latchReads = 0;
            } else if (port == 0x43) {
                command = value;
                bytesWritten = 0;
                armedAtNanos = -1;
            }
            if (port == 0x42) {
                count = bytesWritten == 0 ? value & 0xff : count | (value & 0xff) << 8;
                if (++bytesWritten == 2) armedAtNanos = nanos;
            }
        }
    }

    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() throws Exception {
        reset();
        machine = Machine.install();
        machine.cpu().rdtscStep = 0;                      // simulated time passes with port accesses only
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
    }

    @AfterEach
    void tearDown() throws Exception {
        reset();
        machine.close();
    }

    static void reset() {
        Clock.reset();
    }

    SimPit attachPit(long tscHz) {
        SimPit pit = new SimPit(machine, tscHz);
        machine.ports().attach(0x40, 4, pit);
        machine.ports().attach(0x61, 1, pit);
        return pit;
    }

    @Test
    void noTimeBeforeInit() {
        machine.cpu().tsc = 123_456_789;
        assertEquals(0, Clock.nanosSinceBoot());
        assertEquals(0, Clock.tscHz());
    }

    @Test
    void calibratesTheTscAgainstTenMillisecondsOfThePit() {
        SimPit pit = attachPit(2_994_123_000L);
        Calibration.initClock();
        assertTrue(Clock.calibrated());
        assertEquals(2_994_123_000L, Clock.tscHz(), 2_994_123_000L / 1000, "within 0.1 %");
        assertEquals(0xb0, pit.command, "channel 2, low/high byte, mode 0, binary");
        assertEquals(0xffff, pit.count, "counting down from the top, read latched");
        assertEquals(0x0c, pit.portB, "port 0x61 restored");
        assertTrue(machine.ports().log().stream().noneMatch(a -> a.write() && a.port() == 0x61 && (a.value() & 2) != 0),
                "the speaker stays off");
        assertTrue(serial.text().matches("(?s).*\\] I cpu 0: clock: TSC 299[34]\\.\\d{3} MHz, calibrated against the PIT.*"),
                serial.text());
    }

    @Test
    void aStallThatCarriesTheCountPastItsWrapDoesNotSkewTheMeasurement() {
        SimPit pit = attachPit(2_000_000_000L);
        pit.stallAt = 2000;                               // about 2 ms in, 54 ms lost at once: the count wraps
        pit.stallNanos = 54_000_000;
        Calibration.initClock();
        assertTrue(Clock.calibrated());
        assertEquals(2_000_000_000L, Clock.tscHz(), 2_000_000_000L / 1000, "within 0.1 %");
    }

    @Test
    void timeSinceBootCountsFromInit() {
        attachPit(1_000_000_000L);
        machine.cpu().tsc = 5_000_000_000L;
        Calibration.initClock();
        long hz = Clock.tscHz();
        long start = machine.cpu().tsc;
        machine.cpu().tsc += 3 * hz / 2;
        long nanos = Clock.nanosSinceBoot();
        long sinceInit = nanos - (start - 5_000_000_000L) * 1_000_000_000L / hz;
        assertEquals(1_500_000_000L, sinceInit, 2_000, "1.5 s after the calibration ended");
    }

    @Test
    void largeTscValuesDoNotOverflow() {
        attachPit(3_000_000_000L);
        Calibration.initClock();
        long boot = machine.cpu().tsc;                    // 10 ms of calibration after the boot reading
        machine.cpu().tsc += 3_000_000_000L * 86_400 * 365;   // a year later
        long ticks = machine.cpu().tsc - boot;
        long expected = java.math.BigInteger.valueOf(ticks).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .divide(java.math.BigInteger.valueOf(Clock.tscHz())).longValueExact();
        long nanos = Clock.nanosSinceBoot();
        assertTrue(nanos > 365L * 86_400 * 999_000_000L, "about a year: " + nanos);
        assertTrue(nanos - expected >= 10_000_000 && nanos - expected < 10_200_000, "exact but for the calibration: " + (nanos - expected));
    }

    @Test
    void noPitMeansAnAssumedFrequencyAndAWarning() {
        Calibration.initClock();                                     // the ports read all ones: the count never moves
        assertFalse(Clock.calibrated());
        assertEquals(Clock.ASSUMED_TSC_HZ, Clock.tscHz());
        assertTrue(serial.text().contains("W cpu 0: clock: TSC calibration against the PIT failed, assuming 2000 MHz"),
                serial.text());
        assertTrue(Clock.nanosSinceBoot() >= 0);
    }

    @Test
    void aPitThatNeverFiresIsGivenUpOn() {
        SimPit pit = attachPit(3_000_000_000L);
        pit.broken = true;
        Calibration.initClock();
        assertFalse(Clock.calibrated());
        assertEquals(Clock.ASSUMED_TSC_HZ, Clock.tscHz());
        assertEquals(0x0c, pit.portB, "port 0x61 restored");
    }

    @Test
    void aTscThatDoesNotRunIsNotDividedBy() {
        SimPit pit = new SimPit(machine, 0);
        machine.ports().attach(0x40, 4, pit);
        machine.ports().attach(0x61, 1, pit);
        Calibration.initClock();                                     // the TSC stands still while the PIT counts
        assertFalse(Clock.calibrated());
        assertEquals(Clock.ASSUMED_TSC_HZ, Clock.tscHz());
    }

    // ---------------------------------------------------------------- counting time in timer ticks

    static final long HZ = 1_000_000_000L;           // a 1 GHz TSC: one TSC tick per nanosecond
    static final long TICK = 10_000_000L;            // 100 Hz

    /** Calibrated at exactly 1 GHz, ticking from TSC 5 s (kernel time 5 s). */
    void tickingAtOneGigahertz() {
        attachPit(HZ);
        Calibration.initClock();
        assertTrue(Clock.recalibrate(HZ));
        Clock.startTicking(TICK, 5 * HZ);
    }

    /** Kernel time read with the TSC at tsc. */
    long at(long tsc) {
        machine.cpu().tsc = tsc;
        return Clock.nanosSinceBoot();
    }

    @Test
    void recalibratingContinuesFromTheTimeReached() {
        attachPit(2 * HZ);
        Calibration.initClock();
        long before = at(machine.cpu().tsc + 2 * HZ);          // about 1 s at the PIT's 2 GHz
        assertTrue(Clock.recalibrate(HZ));                    // at the same TSC, now 1 GHz
        long after = at(machine.cpu().tsc + 1000 + HZ);        // 1 s later at 1 GHz
        assertEquals(before + 1_000_000_000L, after, 20_000, "no jump, then the new rate");
        assertFalse(Clock.recalibrate(1), "an implausible rate is refused");
    }

    @Test
    void timeAdvancesByWholeTicksAndInterpolatesBelowATick() {
        tickingAtOneGigahertz();
        long start = at(5 * HZ);
        assertEquals(start + 3_000_000, at(5 * HZ + 3_000_000), "within the first tick, the TSC interpolates");
        assertEquals(start + TICK - 1, at(5 * HZ + 25_000_000), "but never past the tick that has not come");
        Clock.onTick(5 * HZ + TICK);
        assertEquals(1, Clock.ticks());
        assertEquals(start + TICK, at(5 * HZ + TICK));
        assertEquals(start + TICK + 4_000_000, at(5 * HZ + TICK + 4_000_000));
        assertEquals(0, Clock.lostTicks());
    }

    @Test
    void aLateTickIsCountedOnceAndTheNextOneIsOnTimeAgain() {
        tickingAtOneGigahertz();
        long start = at(5 * HZ);
        Clock.onTick(5 * HZ + 17_000_000 - 7_000_000);     // delivered 7 ms late: interrupts were masked
        assertEquals(1, Clock.ticks());
        assertEquals(start + 17_000_000, at(5 * HZ + 17_000_000), "placed at its period's start: not late");
        Clock.onTick(5 * HZ + 2 * TICK);                    // the next tick, on time, 3 ms after the late one
        assertEquals(2, Clock.ticks());
        assertEquals(start + 2 * TICK, at(5 * HZ + 2 * TICK));
        assertEquals(0, Clock.lostTicks());
    }

    @Test
    void ticksMergedWhileInterruptsWereMaskedAreRecoveredFromTheTsc() {
        tickingAtOneGigahertz();
        long start = at(5 * HZ);
        long justBefore = at(5 * HZ + 35_000_000);           // masked for 35 ms: time stops at the coming tick
        assertEquals(start + TICK - 1, justBefore);
        Clock.onTick(5 * HZ + 35_000_000 - 5_000_000);     // one interrupt for the ticks at 10, 20 and 30 ms
        assertEquals(3, Clock.ticks());
        assertEquals(2, Clock.lostTicks());
        assertEquals(start + 35_000_000, at(5 * HZ + 35_000_000), "on time again, continuous");
        Clock.onTick(5 * HZ + 4 * TICK);
        assertEquals(4, Clock.ticks());
        assertEquals(start + 4 * TICK, at(5 * HZ + 4 * TICK));
        assertEquals(2, Clock.longestMerge(), "the longest stretch: two ticks merged into one interrupt");
        Clock.onTick(5 * HZ + 6 * TICK);                    // one more merged: the sum grows, the longest does not
        assertEquals(3, Clock.lostTicks());
        assertEquals(2, Clock.longestMerge());
    }

    @Test
    void timeNeverRunsBackwardsWhateverTheTickJitter() {
        tickingAtOneGigahertz();
        java.util.Random random = new java.util.Random(42);
        long tsc = 5 * HZ, last = at(tsc), start = last;
        long nextTick = tsc + TICK;
        for (int i = 0; i < 20_000; i++) {
            tsc += random.nextInt(3_000_000);
            if (tsc >= nextTick) {
                long delivered = tsc + (random.nextInt(10) == 0 ? random.nextInt(40_000_000) : 0);
                tsc = delivered;
                while (nextTick <= delivered) nextTick += TICK;
                Clock.onTick(nextTick - TICK);   // the timer's phase dates the tick to its period's start
            }
            long now = at(tsc);
            assertTrue(now >= last, "monotonic at step " + i + ": " + now + " < " + last);
            last = now;
        }
        long wall = tsc - 5 * HZ, kernel = last - start;
        assertTrue(Math.abs(kernel - wall) < TICK, "kernel time keeps up with the TSC over " + wall + " ns: " + kernel);
        assertTrue(Clock.lostTicks() > 0, "some ticks were merged and recovered");
    }

    @Test
    void aWriterStoppedHalfWayDoesNotHangReaders() throws Exception {
        tickingAtOneGigahertz();
        long start = at(5 * HZ);
        var sequence = Clock.class.getDeclaredField("sequence");
        sequence.setAccessible(true);
        sequence.set(null, 7);                               // odd: a tick in progress, forever (its CPU was halted)
        assertEquals(start + 2_000_000, at(5 * HZ + 2_000_000), "read anyway, after a bounded wait");
    }

    @Test
    void ticksBetweenPeriodStartsCountsMergedTicksAndAtLeastOne() {
        tickingAtOneGigahertz();
        assertEquals(1, Clock.ticksBetween(5 * HZ, 5 * HZ + TICK));
        assertEquals(1, Clock.ticksBetween(5 * HZ, 5 * HZ + TICK - 3_000), "a period measured a little short by the TSC");
        assertEquals(4, Clock.ticksBetween(5 * HZ, 5 * HZ + 4 * TICK + 2_000), "three merged into the fourth");
        assertEquals(1, Clock.ticksBetween(5 * HZ, 5 * HZ), "an interrupt is a tick");
    }
}
