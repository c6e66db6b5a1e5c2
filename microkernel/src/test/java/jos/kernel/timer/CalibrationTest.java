package jos.kernel.timer;

import jos.kernel.time.Clock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.hw.sim.SimMemory;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TSC and the local APIC timer measured against a simulated HPET (and the PIT when there is none):
 * simulated time is the TSC at tscHz, the HPET counts at its period, the APIC timer counts down at its
 * bus clock / 16; every HPET read takes 200 ns.
 */
class CalibrationTest {
    static final long HPET_BLOCK = 0x10_0000;
    static final long TSC_HZ = 2_400_000_000L;
    static final long BUS_HZ = 1_000_000_000L;
    static final long HPET_PERIOD_FS = 69_841_279L;   // 14.318180 MHz, as on PCs

    Machine machine;
    SerialCapture serial;
    long apicInitial, apicStartTsc;
    long hpetConfiguration;
    boolean wideCounter = true;
    long hpetPeriod = HPET_PERIOD_FS;

    @BeforeEach
    void setUp() throws Exception {
        Clock.reset();
        for (String name : new String[] {"countsPerSecond", "countsPerTick"}) {
            var field = ApicTimer.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(null, 0L);
        }
        machine = Machine.install();
        machine.cpu().rdtscStep = 0;                      // simulated time passes with device accesses only
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        machine.cpu().tsc = 7 * TSC_HZ;
        // x2APIC: the timer's registers are MSRs 0x832 (LVT), 0x838 (initial), 0x839 (current), 0x83e (divide)
        machine.cpu().defineMsr(0x1b, 0xfee0_0000L | 1L << 11 | 1L << 10);
        machine.cpu().defineMsr(0x838, 0);
        machine.cpu().msrReader(0x839, this::apicCurrent);
        assertTrue(jos.kernel.Kernel.setUpLocalApic());
    }

    @AfterEach
    void tearDown() {
        Clock.reset();
        machine.close();
    }

    long nanos() {
        return machine.cpu().tsc * 1000 / (TSC_HZ / 1_000_000);
    }

    long apicCurrent() {
        long written = machine.cpu().readMsr(0x838);
        if (written != apicInitial) {
            apicInitial = written;
            apicStartTsc = machine.cpu().tsc;
        }
        if (apicInitial == 0) return 0;
        long counted = (machine.cpu().tsc - apicStartTsc) * (BUS_HZ / 16) / TSC_HZ;
        return Math.max(0, apicInitial - counted);
    }

    void attachHpet() {
        machine.memory().mapDevice(HPET_BLOCK, 1024, new SimMemory.Device() {
            @Override
            public long read(long offset, int bytes) {
                machine.cpu().tsc += TSC_HZ / 5_000_000;           // 200 ns per read
                if (offset == 0x000) return hpetPeriod << 32 | (wideCounter ? 1L << 13 : 0) | 0x8086_8201L;
                if (offset == 0x010) return hpetConfiguration;
                if (offset == 0x0f0) {
                    if ((hpetConfiguration & 1) == 0) return 0;
                    long count = nanos() * 1_000_000L / hpetPeriod;
                    return wideCounter ? count : count & 0xffff_ffffL;
                }
                return 0;
            }

            @Override
            public void write(long offset, int bytes, long value) {
                if (offset == 0x010) hpetConfiguration = value;
            }
        });
    }

    @Test
    void measuresTheTscAndTheApicTimerAgainstTheHpet() {
        attachHpet();
        assertTrue(HpetCounter.use(HPET_BLOCK));
        assertEquals(1, hpetConfiguration & 1, "the counter was started");
        assertTrue(Calibration.calibrate(true));
        assertEquals(TSC_HZ, Clock.tscHz(), TSC_HZ / 10_000, "TSC within 0.01 %");
        assertTrue(Clock.calibrated());
        assertTrue(ApicTimer.configured());
        assertEquals(10_000_000L, ApicTimer.tickNanos(), 1_000, "a 100 Hz tick");
        assertTrue(Calibration.nanos >= Calibration.WINDOW_NANOS, "the whole window: " + Calibration.nanos);
        String log = serial.text();
        assertTrue(log.matches("(?s).*clock: TSC 2400\\.\\d{3} MHz, APIC timer 6250\\d\\.\\d{3} kHz at divide 16, over 50\\.\\d{3} ms of the HPET.*"), log);
        assertTrue(log.matches("(?s).*apic: timer at 100 Hz, (9999|10000) us per tick \\(625\\d{3} counts, bus clock 1000\\d{3} kHz\\).*"), log);
    }

    @Test
    void aThirtyTwoBitCounterThatWrapsDuringTheWindowIsStillMeasuredRight() {
        wideCounter = false;
        machine.cpu().tsc = 0xffff_ff00L * hpetPeriod / 1_000_000L * (TSC_HZ / 1_000_000) / 1000;   // just before the wrap
        attachHpet();
        assertTrue(HpetCounter.use(HPET_BLOCK));
        assertTrue(Calibration.calibrate(true));
        assertEquals(TSC_HZ, Clock.tscHz(), TSC_HZ / 10_000);
    }

    @Test
    void anHpetWithoutAPlausiblePeriodIsNotUsed() {
        hpetPeriod = 0;
        attachHpet();
        assertFalse(HpetCounter.use(HPET_BLOCK));
        hpetPeriod = HpetCounter.MAX_PERIOD_FS + 1;
        assertFalse(HpetCounter.use(HPET_BLOCK));
        assertFalse(HpetCounter.available());
    }

    @Test
    void aReferenceThatNeverMovesFailsWithoutATimer() {
        attachHpet();
        assertTrue(HpetCounter.use(HPET_BLOCK));
        hpetConfiguration = 0;                          // stopped behind our back: the counter reads 0
        machine.cpu().msrReader(0x839, () -> 0L);       // and the APIC timer does not count either
        assertFalse(Calibration.calibrate(true));
        assertFalse(ApicTimer.configured());
        assertTrue(serial.text().contains("clock: calibration against the HPET failed"), serial.text());
    }

    @Test
    void withoutAnHpetThePitIsTheReference() {
        ClockTest.SimPit pit = new ClockTest.SimPit(machine, TSC_HZ);
        machine.ports().attach(0x40, 4, pit);
        machine.ports().attach(0x61, 1, pit);
        assertTrue(Calibration.calibrate(false));
        assertEquals(0xffff, pit.count, "counting down from the top");
        assertTrue(Calibration.nanos >= Calibration.WINDOW_NANOS && Calibration.nanos < Calibration.WINDOW_NANOS + 100_000,
                "50 ms of PIT ticks: " + Calibration.nanos);
        assertEquals(0x0c, pit.portB, "port 0x61 restored");
        assertEquals(TSC_HZ, Clock.tscHz(), TSC_HZ / 1000, "TSC within 0.1 %");
        assertEquals(10_000_000L, ApicTimer.tickNanos(), 10_000, "a 100 Hz tick");
        assertTrue(serial.text().contains(" ms of the PIT"), serial.text());
    }

    @Test
    void perSecondIsExactAndNeverDividesByZero() {
        assertEquals(2_400_000_000L, Calibration.perSecond(120_000_000L, 50_000_000L));
        assertEquals(0, Calibration.perSecond(5, 0));
        assertEquals(0, Calibration.perSecond(0, 5));
        assertEquals(9_000_000_000L, Calibration.perSecond(9_000_000_000L * 3, 3_000_000_000L), "no overflow");
    }
}
