package jos.hw.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/** The simulated CPU's architectural state: control registers, MSRs, descriptor-table registers. */
public final class SimCpu {
    public long cr0 = 0x8000_0011L, cr2, cr3, cr4 = 0x20;
    public long gdtr, idtr;
    public short tr;
    public boolean interruptsEnabled;
    public int halts;
    public long tsc;
    /** What Cpu.framePointer returns: a test sets it to a fake frame chain. */
    public long rbp;
    /** What Cpu.programCounter returns. */
    public long rip;
    private final Map<Integer, Long> msrs = new HashMap<>();
    private BiFunction<Integer, Integer, int[]> cpuid = (leaf, sub) -> new int[4];
    private final java.util.List<Long> invalidated = new java.util.ArrayList<>();

    public static final int IA32_GS_BASE = 0xc000_0101, IA32_KERNEL_GS_BASE = 0xc000_0102;

    private final Map<Integer, java.util.function.LongSupplier> msrReaders = new HashMap<>();

    public long readMsr(int msr) {
        java.util.function.LongSupplier reader = msrReaders.get(msr);
        if (reader != null) return reader.getAsLong();
        Long v = msrs.get(msr);
        if (v == null) throw new SimulatedFault(String.format("rdmsr of MSR 0x%x, which this machine does not have", msr));
        return v;
    }

    private final java.util.List<long[]> msrWrites = new java.util.ArrayList<>();

    public void writeMsr(int msr, long value) {
        msrs.put(msr, value);
        msrWrites.add(new long[] {msr, value});
    }

    /** Every wrmsr so far, in order, as {msr, value}: for MSRs whose writes are commands (x2APIC ICR, EOI). */
    public java.util.List<long[]> msrWrites() {
        return msrWrites;
    }

    /** Defines an MSR (so that reading it does not fault) with its initial value. */
    public void defineMsr(int msr, long value) {
        msrs.put(msr, value);
    }

    /** Makes reads of an MSR come from reader (a register that changes by itself, such as a timer count). */
    public void msrReader(int msr, java.util.function.LongSupplier reader) {
        msrReaders.put(msr, reader);
    }

    public void cpuid(BiFunction<Integer, Integer, int[]> function) {
        cpuid = function;
    }

    public int[] cpuid(int leaf, int subleaf) {
        return cpuid.apply(leaf, subleaf);
    }

    /** How far each rdtsc advances the TSC (time passing between instructions); 0 leaves time to the test. */
    public long rdtscStep = 1000;

    public long rdtsc() {
        return tsc += rdtscStep;
    }

    public void invalidated(long address) {
        invalidated.add(address);
    }

    public java.util.List<Long> invalidatedPages() {
        return invalidated;
    }

    /** GS.base (IA32_GS_BASE), 0 until written. */
    public long gsBase() {
        return msrs.getOrDefault(IA32_GS_BASE, 0L);
    }

    public void swapgs() {
        long gs = msrs.getOrDefault(IA32_GS_BASE, 0L), kgs = msrs.getOrDefault(IA32_KERNEL_GS_BASE, 0L);
        msrs.put(IA32_GS_BASE, kgs);
        msrs.put(IA32_KERNEL_GS_BASE, gs);
    }
}
