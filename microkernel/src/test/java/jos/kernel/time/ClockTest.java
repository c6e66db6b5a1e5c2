package jos.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;

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
     * The PIT's channel 2 and port 0x61 as calibration uses them. Every read of port 0x61 takes a
     * microsecond of simulated time, advancing the TSC at tscHz; OUT2 (bit 5) rises once the count
     * written in mode 0 has elapsed at 1.193182 MHz, while the gate (bit 0) is on.
     */
    static final class SimPit implements SimPorts.Device {
        final Machine machine;
        final long tscHz;
        int portB = 0x0c, command = -1, count, bytesWritten;
        long armedAtNanos = -1, nanos;
        boolean broken;

        SimPit(Machine machine, long tscHz) {
            this.machine = machine;
            this.tscHz = tscHz;
        }

        @Override
        public int read(int port, int width) {
            if (port != 0x61) return 0;
            nanos += 1000;
            machine.cpu().tsc += tscHz / 1_000_000;
            boolean out2 = !broken && armedAtNanos >= 0 && (portB & 1) != 0
                    && (nanos - armedAtNanos) * 1_193_182L >= count * 1_000_000_000L;
            return portB & 0x0f | (out2 ? 0x20 : 0);
        }

        @Override
        public void write(int port, int width, int value) {
            if (port == 0x61) portB = value & 0x0f;
            if (port == 0x43) {
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
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
    }

    @AfterEach
    void tearDown() throws Exception {
        reset();
        machine.close();
    }

    static void reset() throws Exception {
        for (String name : new String[] {"tscHz", "bootTsc"}) {
            Field f = Clock.class.getDeclaredField(name);
            f.setAccessible(true);
            f.set(null, 0L);
        }
        Field f = Clock.class.getDeclaredField("calibrated");
        f.setAccessible(true);
        f.set(null, false);
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
        Clock.init();
        assertTrue(Clock.calibrated());
        assertEquals(2_994_123_000L, Clock.tscHz(), 2_994_123_000L / 1000, "within 0.1 %");
        assertEquals(0xb0, pit.command, "channel 2, low/high byte, mode 0, binary");
        assertEquals(11_931, pit.count);
        assertEquals(0x0c, pit.portB, "port 0x61 restored");
        assertTrue(machine.ports().log().stream().noneMatch(a -> a.write() && a.port() == 0x61 && (a.value() & 2) != 0),
                "the speaker stays off");
        assertTrue(serial.text().matches("(?s).*\\] I cpu 0: clock: TSC 299[34]\\.\\d{3} MHz, calibrated against the PIT.*"),
                serial.text());
    }

    @Test
    void timeSinceBootCountsFromInit() {
        attachPit(1_000_000_000L);
        machine.cpu().tsc = 5_000_000_000L;
        Clock.init();
        long hz = Clock.tscHz();
        long start = machine.cpu().tsc;
        machine.cpu().tsc += 3 * hz / 2 - 1000;          // rdtsc itself adds 1000 ticks in simulation
        long nanos = Clock.nanosSinceBoot();
        long sinceInit = nanos - (start - 5_000_000_000L) * 1_000_000_000L / hz;
        assertEquals(1_500_000_000L, sinceInit, 2_000, "1.5 s after the calibration ended");
    }

    @Test
    void largeTscValuesDoNotOverflow() {
        attachPit(3_000_000_000L);
        Clock.init();
        long boot = machine.cpu().tsc;                    // 10 ms of calibration after the boot reading
        machine.cpu().tsc += 3_000_000_000L * 86_400 * 365;   // a year later
        long ticks = machine.cpu().tsc + 1000 - boot;      // rdtsc adds 1000 in simulation
        long expected = java.math.BigInteger.valueOf(ticks).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .divide(java.math.BigInteger.valueOf(Clock.tscHz())).longValueExact();
        long nanos = Clock.nanosSinceBoot();
        assertTrue(nanos > 365L * 86_400 * 999_000_000L, "about a year: " + nanos);
        assertTrue(nanos - expected >= 10_000_000 && nanos - expected < 10_100_000, "exact but for the calibration: " + (nanos - expected));
    }

    @Test
    void noPitMeansAnAssumedFrequencyAndAWarning() {
        Clock.init();                                     // port 0x61 reads all ones: OUT2 is high at once
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
        Clock.init();
        assertFalse(Clock.calibrated());
        assertEquals(Clock.ASSUMED_TSC_HZ, Clock.tscHz());
        assertEquals(0x0c, pit.portB, "port 0x61 restored");
    }

    @Test
    void aTscThatDoesNotRunIsNotDividedBy() {
        SimPit pit = new SimPit(machine, 0);
        machine.ports().attach(0x40, 4, pit);
        machine.ports().attach(0x61, 1, pit);
        Clock.init();                                     // only rdtsc's own 1000 ticks: far below 1 MHz
        assertFalse(Clock.calibrated());
        assertEquals(Clock.ASSUMED_TSC_HZ, Clock.tscHz());
    }
}
