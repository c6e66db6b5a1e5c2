package jos.hw;

import jos.hw.sim.Machine;

/**
 * x86_64 instructions that have no Java equivalent: port I/O, model-specific and control registers,
 * TLB and interrupt control, and the descriptor-table loads. Each is one instruction on the machine.
 */
public final class Cpu {
    private Cpu() {
    }

    public static void out8(int port, byte value) {
        Machine.current().ports().write(port, 1, value & 0xff);
    }

    public static void out16(int port, short value) {
        Machine.current().ports().write(port, 2, value & 0xffff);
    }

    public static void out32(int port, int value) {
        Machine.current().ports().write(port, 4, value);
    }

    public static byte in8(int port) {
        return (byte) Machine.current().ports().read(port, 1);
    }

    public static short in16(int port) {
        return (short) Machine.current().ports().read(port, 2);
    }

    public static int in32(int port) {
        return Machine.current().ports().read(port, 4);
    }

    public static long readMsr(int msr) {
        return Machine.current().cpu().readMsr(msr);
    }

    public static void writeMsr(int msr, long value) {
        Machine.current().cpu().writeMsr(msr, value);
    }

    public static long readCr0() {
        return Machine.current().cpu().cr0;
    }

    public static long readCr2() {
        return Machine.current().cpu().cr2;
    }

    public static long readCr3() {
        return Machine.current().cpu().cr3;
    }

    public static long readCr4() {
        return Machine.current().cpu().cr4;
    }

    public static void writeCr0(long value) {
        Machine.current().cpu().cr0 = value;
    }

    public static void writeCr2(long value) {
        Machine.current().cpu().cr2 = value;
    }

    public static void writeCr3(long value) {
        Machine.current().cpu().cr3 = value;
    }

    public static void writeCr4(long value) {
        Machine.current().cpu().cr4 = value;
    }

    /** Drops the TLB entry for the page holding address. */
    public static void invlpg(long address) {
        Machine.current().cpu().invalidated(address);
    }

    /** Halts until the next interrupt (in simulation: records the halt and returns). */
    public static void hlt() {
        Machine.current().cpu().halts++;
    }

    public static void cli() {
        Machine.current().cpu().interruptsEnabled = false;
    }

    public static void sti() {
        Machine.current().cpu().interruptsEnabled = true;
    }

    /** The spin-wait hint. */
    public static void pause() {
        Thread.onSpinWait();
    }

    /**
     * The frame pointer (rbp) of the method that calls this: where its saved rbp and return address lie,
     * the start of a walk up the frame-pointer chain. Simulated: {@code SimCpu.rbp}.
     */
    public static long framePointer() {
        return Machine.current().cpu().rbp;
    }

    /** An instruction address inside the method that calls this (and whatever it was inlined into). Simulated: {@code SimCpu.rip}. */
    public static long programCounter() {
        return Machine.current().cpu().rip;
    }

    public static long rdtsc() {
        return Machine.current().cpu().rdtsc();
    }

    /** One register of cpuid(leaf, subleaf): 0 = eax, 1 = ebx, 2 = ecx, 3 = edx. */
    public static int cpuid(int leaf, int subleaf, int register) {
        return Machine.current().cpu().cpuid(leaf, subleaf)[register];
    }

    /** Loads GDTR from the 10-byte pseudo-descriptor (limit, base) at address. */
    public static void lgdt(long address) {
        Machine.current().cpu().gdtr = address;
    }

    /** Loads IDTR from the 10-byte pseudo-descriptor (limit, base) at address. */
    public static void lidt(long address) {
        Machine.current().cpu().idtr = address;
    }

    /** Loads the task register with a TSS selector. */
    public static void ltr(short selector) {
        Machine.current().cpu().tr = selector;
    }

    /** The 64-bit word at GS.base + offset (per-CPU data on the machine). */
    public static long gsRead64(long offset) {
        return Machine.current().memory().read64(Machine.current().cpu().gsBase() + offset);
    }

    public static int gsRead32(long offset) {
        return Machine.current().memory().read32(Machine.current().cpu().gsBase() + offset);
    }

    public static void gsWrite64(long offset, long value) {
        Machine.current().memory().write64(Machine.current().cpu().gsBase() + offset, value);
    }

    public static void gsWrite32(long offset, int value) {
        Machine.current().memory().write32(Machine.current().cpu().gsBase() + offset, value);
    }

    /** Exchanges GS.base with IA32_KERNEL_GS_BASE. */
    public static void swapgs() {
        Machine.current().cpu().swapgs();
    }
}
