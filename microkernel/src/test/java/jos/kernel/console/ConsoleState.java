package jos.kernel.console;

import java.lang.reflect.Field;

import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.x86.PerCpu;
import jos.kernel.time.Clock;

/**
 * Test support: the console's static state back to what the kernel starts with (other test classes,
 * such as the boot report's, share the JVM and expect the early, unbuffered console), and a simulated
 * CPU's per-CPU block so that {@link PerCpu#cpuId()} answers.
 */
final class ConsoleState {
    static final long PER_CPU_BLOCK = 0x2000;

    private ConsoleState() {
    }

    static void reset() {
        set(LineBuffers.class, "perCpu", false);
        java.util.Arrays.fill((int[]) get(LineBuffers.class, "LENGTHS"), 0);
        java.util.Arrays.fill((int[]) get(LineBuffers.class, "LEVELS"), LogLevel.NONE);
        lockWord()[0] = 0;
        set(LogLock.class, "panic", false);
        LogLock.maskInterrupts = true;
        set(FramebufferConsole.class, "enabled", false);
        Log.setThreshold(Log.INFO);
        try {
            var reset = Clock.class.getDeclaredMethod("reset");
            reset.setAccessible(true);
            reset.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per-CPU buffers and the lock on, as after Log.init(), running as CPU cpuId. */
    static void perCpuMode(Machine m, int cpuId) {
        m.memory().map(PER_CPU_BLOCK, PerCpu.SIZE);
        m.cpu().writeMsr(SimCpu.IA32_GS_BASE, PER_CPU_BLOCK);
        runAs(m, cpuId);
        LogLock.maskInterrupts = false;     // no flags register to read in simulation
        Log.init();
    }

    /** Switches the simulated CPU's identity, as if the code ran on CPU cpuId. */
    static void runAs(Machine m, int cpuId) {
        m.memory().write32(PER_CPU_BLOCK + (Integer) get(PerCpu.class, "CPU_ID"), cpuId);
    }

    /** The lock word's storage (a Java array: another thread may write it without a machine). */
    static long[] lockWord() {
        return (long[]) get(LogLock.class, "WORD");
    }

    static Object get(Class<?> c, String name) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Class<?> c, String name, Object value) {
        try {
            Field f = c.getDeclaredField(name);
            f.setAccessible(true);
            f.set(null, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
