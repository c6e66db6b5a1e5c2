package jos.kernel.irq;

import jos.abi.Errors;
import jos.acpi.IrqRouting;
import jos.hw.Atomic;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.memory.SpinLock;
import jos.kernel.x86.apic.IoApic;
import jos.kernel.x86.apic.Vectors;
import jos.x86.IoApicRegisters;

/**
 * The device interrupt lines (GSIs) drivers hold. {@link #claim} gives a line one of the device vectors
 * and programs its redirection entry (fixed delivery to the bootstrap CPU, the line's polarity and
 * trigger) masked; {@link #acknowledge} unmasks it. When it fires, {@link #interrupt} masks it, counts it
 * and hands it to the installed {@link Delivery} (the kernel's signals the holder's notification); the local
 * APIC's end of interrupt follows at once (jos.kernel.trap), but the line stays masked until the driver
 * has served the device and acknowledged, so a level-triggered line that is still asserted cannot storm
 * (seL4's IRQ handler capabilities and MINIX 3's drivers work so). An edge-triggered line is not masked:
 * the I/O APIC drops an edge that comes while its pin is masked, and a device that raised one then (a
 * UART receiving the next byte while the driver finishes the last) would wait for ever. An edge while the
 * line waits for its acknowledge is kept (PENDING) and delivered again at the acknowledge, as Linux
 * replays an edge interrupt that came while it was disabled; the driver may then find nothing to do. {@link #mask} and {@link #unmask} are
 * the holder's own mask, independent of that: a line is unmasked exactly when it is held, acknowledged
 * and not masked by its holder. An interrupt on a vector no line holds (one in flight as its line was
 * released) is logged once per vector and its line masked again.
 *
 * <p><b>Locking.</b> One lock guards this table and every I/O APIC register access (an index and its data
 * are two accesses). Callers run with interrupts masked, as system calls and interrupt handlers do: the
 * interrupt handler takes the lock too. The delivery is called after the lock is released, so it may take
 * the notification's lock without an order between the two. Nothing allocates.
 */
public final class Lines {
    /**
     * A slot's state bits: held by a driver, fired and not acknowledged yet, masked by its holder, unclaimed
     * logged, a delivery running (outside the lock: {@link #release} waits for it, so a holder is not freed
     * under a delivery), an edge-triggered line, and an edge that came while it was waiting.
     */
    static final int HELD = 1, WAITING = 2, HOLDER_MASKED = 4, LOGGED = 8, DELIVERING = 16, EDGE = 32, PENDING = 64;
    /** An owner argument that matches any owner (kernel code that claimed with {@link #claim(long, long)}). */
    public static final long ANY_OWNER = -1;

    /** The table lock (see the class comment). */
    static final long[] LOCK = new long[1];
    /** Per device vector (slot = vector - Vectors.DEVICE_FIRST): the line's GSI + 1 (0: never used), state, holder, count. */
    static final long[] LINE = new long[Vectors.DEVICES];
    static final int[] STATE = new int[Vectors.DEVICES];
    static final long[] HOLDER = new long[Vectors.DEVICES];
    static final long[] COUNT = new long[Vectors.DEVICES];
    /** Per device vector: who claimed the line (a process; 0: the kernel), checked by the owner-taking calls. */
    static final long[] OWNER = new long[Vectors.DEVICES];
    /** Interrupts on vectors no line held. */
    static long unclaimed;
    /** The local APIC id every line is delivered to (the bootstrap CPU's). */
    static int destination;
    /** Where fired lines go; null until a higher layer installs one. */
    static Delivery delivery;

    private Lines() {
    }

    /**
     * Called at interrupt time on the CPU the line is delivered to, with interrupts masked and the line
     * masked until {@link #acknowledge}: no allocation, no waiting. holder is what the claimer passed.
     */
    public interface Delivery {
        void deliver(long line, long holder);
    }

    /** Installs the delivery (before any line is unmasked). */
    public static void install(Delivery d) {
        delivery = d;
    }

    /** Sets the local APIC id lines are delivered to (the bootstrap CPU's), before the first claim. */
    public static void deliverTo(int apicId) {
        destination = apicId;
    }

    /**
     * Claims line (a GSI) for holder: 0, or EINVAL (no I/O APIC has it), EBUSY (held already) or ENOSPC
     * (every device vector in use). The line stays masked until the first {@link #acknowledge}.
     */
    public static long claim(long line, long holder) {
        return claim(line, holder, 0);
    }

    /** {@link #claim(long, long)} for owner (a process): only it may acknowledge, mask or release the line. */
    public static long claim(long line, long holder, long owner) {
        int apic = IoApics.find(line);
        if (apic < 0) return Errors.EINVAL;
        long flags = IoApics.flags(line);
        SpinLock.acquire(LOCK);
        long result = Errors.ENOSPC;
        int free = -1;
        for (int slot = 0; slot < Vectors.DEVICES; slot++) {
            if ((STATE[slot] & HELD) != 0 && LINE[slot] == line + 1) {
                free = -1;
                result = Errors.EBUSY;
                break;
            }
            if ((STATE[slot] & (HELD | DELIVERING)) == 0 && (free < 0 || LINE[free] != 0 && LINE[slot] == 0)) free = slot;   // unused vectors first
        }
        if (free >= 0) {
            LINE[free] = line + 1;
            HOLDER[free] = holder;
            OWNER[free] = owner;
            COUNT[free] = 0;
            STATE[free] = HELD | WAITING | (IrqRouting.levelTriggered(flags) ? 0 : EDGE);
            int low = IoApicRegisters.low(Vectors.DEVICE_FIRST + free, IrqRouting.activeLow(flags), IrqRouting.levelTriggered(flags), true);
            IoApic.program(IoApics.REGISTERS[apic], pin(apic, line), low, IoApicRegisters.high(destination));
            result = 0;
        }
        SpinLock.release(LOCK);
        return result;
    }

    /** Masks line and gives its vector back: 0, or EINVAL if it is not held. */
    public static long release(long line) {
        return release(line, ANY_OWNER, 0);
    }

    /**
     * Releases line if owner claimed it ({@link #ANY_OWNER}: whoever did), after any delivery of it still
     * running on another CPU has returned; its holder goes to the u64 at holderOut (0: not wanted). 0, or
     * EINVAL (not held), EBUSY (held by another owner). Never called from a delivery.
     */
    public static long release(long line, long owner, long holderOut) {
        SpinLock.acquire(LOCK);
        int slot = held(line);
        long result = slot < 0 ? Errors.EINVAL : owner != ANY_OWNER && OWNER[slot] != owner ? Errors.EBUSY : 0;
        if (result == 0) {
            setMasked(slot, true);
            while ((STATE[slot] & DELIVERING) != 0) {   // another CPU is in the delivery: wait for it to return
                // Outside the lock, which the delivery needs to finish: dropping it for one pause only
                // starved the delivering CPU of it.
                SpinLock.release(LOCK);
                while ((Atomic.load32(Memory.addressOf(STATE) + 4L * slot) & DELIVERING) != 0) SpinLock.relax();
                SpinLock.acquire(LOCK);
            }
            if (holderOut != 0) Memory.write64(holderOut, HOLDER[slot]);
            STATE[slot] = 0;
            HOLDER[slot] = 0;
            OWNER[slot] = 0;
        }
        SpinLock.release(LOCK);
        return result;
    }

    /**
     * Releases the first line owner claimed (the owner is going away); its holder goes to holderOut. 0, or
     * EINVAL when owner holds no line.
     */
    public static long releaseAny(long owner, long holderOut) {
        SpinLock.acquire(LOCK);
        long line = -1;
        for (int slot = 0; slot < Vectors.DEVICES && line < 0; slot++) {
            if ((STATE[slot] & HELD) != 0 && OWNER[slot] == owner) line = LINE[slot] - 1;
        }
        SpinLock.release(LOCK);
        return line < 0 ? Errors.EINVAL : release(line, owner, holderOut);
    }

    /** The lowest line of [first, first + count) that owner holds, or -1 if none. */
    public static long heldIn(long owner, long first, long count) {
        SpinLock.acquire(LOCK);
        long line = -1;
        for (int slot = 0; slot < Vectors.DEVICES; slot++) {
            long l = LINE[slot] - 1;
            if ((STATE[slot] & HELD) != 0 && OWNER[slot] == owner && l >= first && l - first < count && (line < 0 || l < line)) line = l;
        }
        SpinLock.release(LOCK);
        return line;
    }

    /** The driver has served the device: the line may fire again (unless its holder masked it). 0, or EINVAL if not held. */
    public static long acknowledge(long line) {
        return change(line, WAITING, false, ANY_OWNER);
    }

    /** {@link #acknowledge(long)} by owner: EBUSY if another owner holds the line. */
    public static long acknowledge(long line, long owner) {
        return change(line, WAITING, false, owner);
    }

    /** The holder's mask: the line stays masked until {@link #unmask}, whatever it acknowledges. 0, or EINVAL if not held. */
    public static long mask(long line) {
        return change(line, HOLDER_MASKED, true, ANY_OWNER);
    }

    public static long unmask(long line) {
        return change(line, HOLDER_MASKED, false, ANY_OWNER);
    }

    /** How often line fired since it was claimed, or EINVAL if it is not held. */
    public static long count(long line) {
        SpinLock.acquire(LOCK);
        int slot = held(line);
        long count = slot < 0 ? Errors.EINVAL : COUNT[slot];
        SpinLock.release(LOCK);
        return count;
    }

    /** The vector line is delivered on, or EINVAL if it is not held. */
    public static long vector(long line) {
        SpinLock.acquire(LOCK);
        int slot = held(line);
        SpinLock.release(LOCK);
        return slot < 0 ? Errors.EINVAL : Vectors.DEVICE_FIRST + slot;
    }

    /** Interrupts that arrived on a vector no line held. */
    public static long unclaimed() {
        return unclaimed;
    }

    /** A device vector fired (interrupt gate, interrupts masked); the caller sends the end of interrupt afterwards. */
    public static void interrupt(int vector) {
        int slot = vector - Vectors.DEVICE_FIRST;
        SpinLock.acquire(LOCK);
        int state = STATE[slot];
        long line = LINE[slot] - 1, holder = HOLDER[slot];
        boolean edge = (state & (HELD | EDGE)) == (HELD | EDGE);
        if (LINE[slot] != 0 && !edge) setMasked(slot, true);
        boolean deliver = false;
        if ((state & HELD) != 0) {
            COUNT[slot]++;
            if (edge && (state & WAITING) != 0) {
                STATE[slot] = state | PENDING;   // the driver has not acknowledged the last one: replayed then
            } else {
                STATE[slot] = state | WAITING | DELIVERING;
                deliver = true;
            }
        } else {
            unclaimed++;
            STATE[slot] = state | LOGGED;
        }
        SpinLock.release(LOCK);
        if ((state & HELD) == 0) {
            if ((state & LOGGED) == 0) unclaimedOnce(vector, line);
            return;
        }
        if (deliver) deliver(slot, line, holder);
    }

    /** Hands the line to the delivery, outside the lock, with DELIVERING set (release waits for it). */
    private static void deliver(int slot, long line, long holder) {
        for (;;) {
            Delivery d = delivery;
            if (d != null) d.deliver(line, holder);
            SpinLock.acquire(LOCK);
            int state = STATE[slot] & ~DELIVERING;
            // Acknowledged during the delivery, with an edge pending: that acknowledge left the replay to us.
            boolean again = (state & (HELD | PENDING | WAITING)) == (HELD | PENDING);
            STATE[slot] = again ? state & ~PENDING | WAITING | DELIVERING : state;
            SpinLock.release(LOCK);
            if (!again) return;
        }
    }

    /** Forgets every line (tests). */
    static void reset() {
        for (int slot = 0; slot < Vectors.DEVICES; slot++) {
            LINE[slot] = 0;
            STATE[slot] = 0;
            HOLDER[slot] = 0;
            COUNT[slot] = 0;
            OWNER[slot] = 0;
        }
        unclaimed = 0;
        delivery = null;
        destination = 0;
    }

    private static long change(long line, int bit, boolean set, long owner) {
        SpinLock.acquire(LOCK);
        int slot = held(line);
        long result = slot < 0 ? Errors.EINVAL : owner != ANY_OWNER && OWNER[slot] != owner ? Errors.EBUSY : 0;
        boolean replay = false;
        long held = 0, holder = 0;
        if (result == 0) {
            int state = set ? STATE[slot] | bit : STATE[slot] & ~bit;
            // The acknowledge of an edge line that fired again meanwhile: that edge is delivered now (by the
            // delivery still running, if one is), and the line waits again.
            replay = (state & (EDGE | PENDING | WAITING | DELIVERING)) == (EDGE | PENDING);
            if (replay) state = state & ~PENDING | WAITING | DELIVERING;
            STATE[slot] = state;
            setMasked(slot, (state & ((state & EDGE) != 0 ? HOLDER_MASKED : WAITING | HOLDER_MASKED)) != 0);
            held = LINE[slot] - 1;
            holder = HOLDER[slot];
        }
        SpinLock.release(LOCK);
        if (replay) deliver(slot, held, holder);
        return result;
    }

    /** The slot holding line, or -1 (under the lock). */
    private static int held(long line) {
        for (int slot = 0; slot < Vectors.DEVICES; slot++) {
            if ((STATE[slot] & HELD) != 0 && LINE[slot] == line + 1) return slot;
        }
        return -1;
    }

    /** Masks or unmasks the line of slot in its I/O APIC (under the lock). */
    private static void setMasked(int slot, boolean masked) {
        long line = LINE[slot] - 1;
        int apic = IoApics.find(line);
        if (apic >= 0) IoApic.setMasked(IoApics.REGISTERS[apic], pin(apic, line), masked);
    }

    private static int pin(int apic, long line) {
        return IrqRouting.pin(line, IoApics.GSI_BASE[apic], IoApics.LINES[apic]);
    }

    /** "irq: interrupt on vector 0x41 (gsi 4) with no line held, masked; further ones are not logged". */
    private static void unclaimedOnce(int vector, long line) {
        Log.begin(Log.WARN);
        Log.print("irq: interrupt on vector ");
        Log.hex(vector, 2);
        if (line >= 0) {
            Log.print(" (gsi ");
            Log.dec(line);
            Log.print(")");
        }
        Log.println(" with no line held, masked; further ones are not logged");
    }
}
