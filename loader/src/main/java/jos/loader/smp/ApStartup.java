package jos.loader.smp;

import jos.hw.Cpu;
import jos.loader.time.Pit;

/**
 * Starts one AP with INIT, 10 ms, SIPI, (200 us,) SIPI, then waits up to 100 ms for it to reach the
 * park loop. An AP that does not arrive is sent INIT again, which puts it back into wait-for-SIPI, so
 * it cannot wake up later on a parameter block meant for another AP.
 */
public final class ApStartup {
    private ApStartup() {
    }

    public static final long INIT_DELAY_MICROS = 10000, SIPI_DELAY_MICROS = 200, TIMEOUT_MICROS = 100000;
    private static final long POLL_MICROS = 1000;

    /** Starts the AP with the given APIC ID after {@link Trampoline#prepare}; true if it arrived. */
    public static boolean start(int apicId) {
        LocalApic.sendInit(apicId);
        Pit.delay(INIT_DELAY_MICROS);
        LocalApic.sendStartup(apicId, Trampoline.vector());
        if (waitForArrival(SIPI_DELAY_MICROS)) return true;
        LocalApic.sendStartup(apicId, Trampoline.vector());
        if (waitForArrival(TIMEOUT_MICROS)) return true;
        LocalApic.sendInit(apicId);
        return false;
    }

    /** Polls the arrival flag for up to micros microseconds. */
    private static boolean waitForArrival(long micros) {
        for (long waited = 0; waited < micros; waited += POLL_MICROS) {
            Pit.start(micros - waited < POLL_MICROS ? micros - waited : POLL_MICROS);
            while (!Pit.expired()) {
                if (Trampoline.arrived()) return true;
                Cpu.pause();
            }
        }
        return Trampoline.arrived();
    }
}
