import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * One of the fuzz scenario's four processes (QemuBootIT, test=fuzz): makes CALLS system calls with
 * random numbers, handles and arguments, then exits with the number it made. Its first capability
 * (slot 0) is a notification the scenario signalled with (seed << 8) | (index + 1): the seed printed by
 * the kernel, and which fuzzer this is. Slots 1 and 2 are an endpoint and a notification every fuzzer
 * holds (every right), so their copies, mints, deletes, signals and polls race across CPUs, and the
 * last fuzzer to let go destroys them. The loop allocates nothing, so the runtime's heap never grows.
 *
 * The rules, one per call number (RULES, default DEFAULT_ARGS):
 * - exit is never made in the loop: it is the last call, with the count;
 * - debug_write gets a length of 0 or below when its address may be mapped (anywhere in the user half:
 *   ipc_buffer and map with address 0 may place memory below the program's text): the log is not
 *   flooded with the fuzzer's memory;
 * - map, unmap and protect never name the program's own memory: their range is in the arena, or their
 *   address is 0 (map; each such mapping is kept in a ring and unmapped when it leaves it) or is not a
 *   user address; a range in the arena ends inside it, one at address 0 is at most 1 MiB long;
 * - calls that may wait for a partner the fuzzer has not got (send, call, recv, reply_recv, wait) are
 *   first tried in their non-blocking form with the same arguments (try_send, try_recv; for wait a
 *   signal of the same handle first, then poll): where that would wait (EAGAIN, or poll succeeding
 *   without a signal), the blocking form is skipped and counted as steered; otherwise it is made, and
 *   cannot wait; wait on a capability to the shared notification (SHARED) is always a poll, since
 *   another fuzzer may take the bits between the signal and the wait;
 * - sleep is 0 (a yield) or negative (EINVAL) but one time in sixteen, when it is 1 ns (one tick);
 * - thread_create always gets a kernel or non-canonical entry or stack top (EINVAL): a thread started at
 *   a random address would fault and end the fuzzer's process; thread_kill keeps the harmless arguments,
 *   since thread_self may have put the fuzzer's own thread in a slot its pool names;
 * - numbers that name no call today (other helpers' calls after a merge) get arguments from
 *   {0, -1, an invalid handle}: a call whose such form blocks or ends the thread needs a rule here;
 * - every other call, and numbers outside 0..63, get arguments from every class (arg()), the first
 *   half the time a handle the fuzzer made.
 */
public final class Fuzzer {
    static final int CALLS = 250_000;
    /** How the fuzzer treats a number (index: the call number). */
    static final int DEFAULT_ARGS = 0, ANY = 1, NEVER = 2, WRITE = 3, MEMORY = 4, PROBE_SEND = 5, PROBE_RECV = 6, PROBE_WAIT = 7,
            SHORT_SLEEP = 8, BAD_ENTRY = 9;
    static final int NUMBERS = 64;
    static final int[] RULES = new int[NUMBERS];
    /** Handles the fuzzer made (some deleted since: stale), slot 0's notification among them. */
    static final long[] POOL = new long[32];
    /** Whether POOL's handle names an object other fuzzers hold too. */
    static final boolean[] SHARED = new boolean[32];
    /** Where map with address 0 put memory, to be unmapped as the ring turns. */
    static final long[] RING = new long[16], RING_LENGTH = new long[16];
    /** [0]: results >= 0; [e]: results -e, e in 1..63; [64]: other negative results; [65]: steered calls. */
    static final long[] RESULTS = new long[66];
    /** The arena map, unmap and protect may name: 8 MiB at 1 GiB, far from the program's text, stack and heap. */
    static final long ARENA = 0x4000_0000L, ARENA_BYTES = 8L << 20;
    static final long PAGE = 4096, MAX_MAP = 1L << 20;
    /** The end of the user half. */
    static final long USER_END = 0x0000_8000_0000_0000L;
    static long state, buffer, ringNext;
    /** How many numbers have a rule of their own. */
    static int knownRules;

    static {
        for (int n = 0; n < NUMBERS; n++) RULES[n] = DEFAULT_ARGS;
        int[] any = {Calls.YIELD, Calls.SPAWN, Calls.KILL, Calls.PROCESS_STATUS, Calls.MEMORY_INFO, Calls.CLOCK_MONOTONIC,
                Calls.ENDPOINT_CREATE, Calls.NOTIFICATION_CREATE, Calls.REPLY, Calls.TRY_SEND, Calls.TRY_RECV, Calls.SIGNAL,
                Calls.POLL, Calls.CAP_COPY, Calls.CAP_MINT, Calls.CAP_DELETE, Calls.THREAD_PRIORITY, Calls.THREAD_AFFINITY,
                Calls.THREAD_SELF, Calls.PROCESS_WATCH, Calls.DEVICE_MAP, Calls.IPC_BUFFER, Calls.IRQ_BIND, Calls.IRQ_ACK,
                Calls.IRQ_UNBIND, Calls.IO_PORTS, Calls.CLOCK_REALTIME, Calls.TIMER_SET, Calls.TIMER_CANCEL, Calls.MEMORY_MAP,
                Calls.PROCESS_FAULT};
        for (int n : any) RULES[n] = ANY;
        RULES[Calls.EXIT] = NEVER;
        RULES[Calls.DEBUG_WRITE] = WRITE;
        RULES[Calls.MAP] = MEMORY;
        RULES[Calls.UNMAP] = MEMORY;
        RULES[Calls.PROTECT] = MEMORY;
        RULES[Calls.SEND] = PROBE_SEND;
        RULES[Calls.CALL] = PROBE_SEND;
        RULES[Calls.RECV] = PROBE_RECV;
        RULES[Calls.REPLY_RECV] = PROBE_RECV;
        RULES[Calls.WAIT] = PROBE_WAIT;
        RULES[Calls.SLEEP] = SHORT_SLEEP;
        RULES[Calls.THREAD_CREATE] = BAD_ENTRY;
        for (int n = 0; n < NUMBERS; n++) {
            if (RULES[n] != DEFAULT_ARGS) knownRules++;
        }
    }

    static void main() {
        long page = Syscall.call3(Calls.MAP, 0, 2 * PAGE, Protection.READ | Protection.WRITE);
        if (page < 0) fail("map", page);
        buffer = page + PAGE;
        long seedHandle = Handle.of(0, Handle.FIRST_GENERATION);
        long polled = Ipc.call(Calls.POLL, seedHandle, page);
        long word = Memory.read64(page + IpcRegisters.BADGE);
        if (polled != 0 || word == 0) fail("poll of the seed", polled);
        long seed = word >>> 8, index = (word & 0xff) - 1;
        state = word * 0x9e37_79b9_7f4a_7c15L | 1;
        POOL[0] = seedHandle;
        for (int i = 1; i < POOL.length; i++) POOL[i] = Handle.of(i, Handle.FIRST_GENERATION);
        SHARED[1] = true;
        SHARED[2] = true;
        long made = 0;
        for (int i = 0; i < CALLS; i++) {
            made += one();
        }
        for (int i = 0; i < RING.length; i++) dropRing(i);
        Syscall.call2(Calls.UNMAP, ARENA, ARENA_BYTES);
        long errors = 0;
        for (int e = 1; e < 64; e++) errors += RESULTS[e];
        System.out.println("fuzz " + index + ": seed " + seed + ", " + CALLS + " calls (" + made + " with probes), " + RESULTS[0]
                + " succeeded, " + errors + " failed with an error, " + RESULTS[64] + " unexpected results, " + RESULTS[65] + " steered");
        StringBuilder byError = new StringBuilder();
        for (int e = 1; e < 64; e++) {
            if (RESULTS[e] != 0) byError.append(' ').append(-e).append(':').append(RESULTS[e]);
        }
        System.out.println("fuzz " + index + ": errors" + byError);
        System.exit(CALLS);
    }

    /** One fuzzed call (and its probes); the number of system calls made. */
    static long one() {
        long number = pickNumber();
        int rule = number >= 0 && number < NUMBERS ? RULES[(int) number] : ANY;
        long a0 = (next() & 1) == 0 ? POOL[(int) (next() & (POOL.length - 1))] : arg();
        long a1 = arg(), a2 = arg(), a3 = arg(), a4 = arg(), a5 = arg();
        if (rule == NEVER) {
            number = Calls.YIELD;
        } else if (rule == DEFAULT_ARGS) {
            a0 = harmless();
            a1 = harmless();
            a2 = harmless();
            a3 = harmless();
            a4 = harmless();
            a5 = harmless();
        } else if (rule == WRITE) {
            if (a0 >= 0 && a0 < USER_END) a1 = (next() & 1) == 0 ? 0 : -(next() & 0xffff) - 1;
        } else if (rule == SHORT_SLEEP) {
            long r = next() & 15;
            a0 = r == 0 ? 1 : r < 8 ? 0 : -(next() & 0xffff) - 1;
        } else if (rule == BAD_ENTRY) {
            if ((next() & 1) == 0) a0 = kernelOrNonCanonical();
            else a1 = (next() & 1) == 0 ? 0 : kernelOrNonCanonical();
        } else if (rule == MEMORY) {
            long made = memory(number, a0, a1, a2);
            return made;
        } else if (rule == PROBE_SEND) {
            long probe = count(Syscall.call6(Calls.TRY_SEND, a0, a1, a2, a3, a4, a5));
            if (probe == Errors.EAGAIN || probe == 0) return steered(1);
        } else if (rule == PROBE_RECV) {
            long probe = count(Syscall.call1(Calls.TRY_RECV, a0));
            if (probe == Errors.EAGAIN || probe == 0) return steered(1);
        } else if (rule == PROBE_WAIT && shared(a0)) {
            number = Calls.POLL;
        } else if (rule == PROBE_WAIT) {
            long signalled = count(Syscall.call2(Calls.SIGNAL, a0, a1 | 1));
            if (signalled != 0) {
                long probe = count(Syscall.call1(Calls.POLL, a0));
                if (probe == 0) return steered(2);
            }
            count(Syscall.call6(number, a0, a1, a2, a3, a4, a5));
            return 2 + (signalled != 0 ? 1 : 0);
        }
        long result = count(Syscall.call6(number, a0, a1, a2, a3, a4, a5));
        if (result > 0 && (number == Calls.ENDPOINT_CREATE || number == Calls.NOTIFICATION_CREATE || number == Calls.CAP_COPY
                || number == Calls.CAP_MINT)) {
            int slot = (int) (next() & (POOL.length - 1));
            SHARED[slot] = (number == Calls.CAP_COPY || number == Calls.CAP_MINT) && shared(a0);
            POOL[slot] = result;
        }
        return rule == PROBE_SEND || rule == PROBE_RECV ? 2 : 1;
    }

    /** Whether handle is one of POOL's naming a shared object (garbage handles never name a live capability). */
    static boolean shared(long handle) {
        for (int i = 0; i < POOL.length; i++) {
            if (POOL[i] == handle && SHARED[i]) return true;
        }
        return false;
    }

    /** map, unmap or protect under the rules above; the number of calls made. */
    static long memory(long number, long address, long length, long protection) {
        long kind = next() & 7;
        if (kind < 3) {
            long offset = (next() & (ARENA_BYTES - 1)) & -PAGE;
            address = ARENA + offset;
            length = (next() & 3) == 0 ? small() : (next() & (ARENA_BYTES - 1 - offset)) + 1;
        } else if (kind < 5 && number == Calls.MAP) {
            address = 0;
            length = (next() & 3) == 0 ? small() : (next() & (MAX_MAP - 1)) + 1;
        } else if (kind == 5) {
            address = ARENA + (next() & (ARENA_BYTES - 1));   // misaligned, mostly
            length = (next() & 1) == 0 ? small() : (next() & (ARENA_BYTES - 1));
        } else {
            address = kernelOrNonCanonical();
            length = (next() & 1) == 0 ? huge() : (next() & (ARENA_BYTES - 1));
        }
        if ((next() & 3) != 0) protection = next() & 7;
        long result = count(Syscall.call3(number, address, length, protection));
        if (number == Calls.MAP && address == 0 && result > 0) {
            int slot = (int) (ringNext++ & (RING.length - 1));
            long made = dropRing(slot);
            RING[slot] = result;
            RING_LENGTH[slot] = length;
            return 1 + made;
        }
        return 1;
    }

    /** Unmaps the ring's mapping in slot, if any: the number of calls made. */
    static long dropRing(int slot) {
        if (RING[slot] == 0) return 0;
        long result = Syscall.call2(Calls.UNMAP, RING[slot], RING_LENGTH[slot]);
        if (result != 0) fail("unmapping what map gave", result);
        RING[slot] = 0;
        return 1;
    }

    static long steered(long made) {
        RESULTS[65]++;
        return made;
    }

    /** Counts a result by class; returns it. */
    static long count(long result) {
        if (result >= 0) RESULTS[0]++;
        else if (result >= -63 && known(result)) RESULTS[(int) -result]++;
        else RESULTS[64]++;
        return result;
    }

    static boolean known(long error) {
        return error == Errors.EPERM || error == Errors.ENOENT || error == Errors.ESRCH || error == Errors.ENOEXEC || error == Errors.EBADF
                || error == Errors.EAGAIN || error == Errors.ENOMEM || error == Errors.EFAULT || error == Errors.EINVAL
                || error == Errors.EBUSY || error == Errors.ENOSPC || error == Errors.EPIPE || error == Errors.ENOSYS;
    }

    /**
     * Half the time a number with a rule of its own (a call the fuzzer knows), else mostly 0..63 (every
     * call today and those to come), sometimes far outside.
     */
    static long pickNumber() {
        long r = next();
        if ((r & 16) == 0) {
            int known = (int) ((r >>> 8) % knownRules);
            for (int n = 0; n < NUMBERS; n++) {
                if (RULES[n] != DEFAULT_ARGS && known-- == 0) return n;
            }
        }
        if ((r & 15) != 0) return (r >>> 8) & (NUMBERS - 1);
        long which = (r >>> 8) & 7;
        if (which == 0) return -1;
        if (which == 1) return 1L << 32;               // exit's number plus 2^32
        if (which == 2) return (1L << 32) + Calls.CLOCK_MONOTONIC;
        if (which == 3) return Long.MIN_VALUE;
        if (which == 4) return 64 + ((r >>> 16) & 0xff);
        if (which == 5) return Integer.MAX_VALUE;
        return next();
    }

    /** An argument from a class chosen at random. */
    static long arg() {
        long r = next();
        switch ((int) ((r >>> 3) % 14)) {
            case 0: return r >>> 60;                                   // a small number
            case 1: return next();                                     // anything
            case 2: return POOL[(int) (next() & (POOL.length - 1))];   // a handle made here, maybe stale
            case 3: return garbageHandle();
            case 4: return buffer + (next() & (PAGE - 1));            // the fuzzer's own buffer
            case 5: return ARENA + (next() & (ARENA_BYTES - 1));
            case 6: return kernelOrNonCanonical();
            case 7: return next() & 0x3f_ffffL;                         // below the program: unmapped
            case 8: return huge();
            case 9: return small();
            case 10: return next() & 0x3ff;                            // rights, protections
            case 11: return MessageInfo.registers(next() & 0xff, (int) (next() % 6), (int) (next() & 3))
                    | ((next() & 7) == 0 ? MessageInfo.BUFFER : 0);
            case 12: return next() & ~0x1ffff_ffff_ffffL | MessageInfo.registers(1, 4, 0);   // kernel-only or unknown bits
            default: return POOL[0];
        }
    }

    static long garbageHandle() {
        long r = next();
        switch ((int) (r & 3)) {
            case 0: return Handle.of(64 + (int) ((r >>> 8) & (Handle.MAX_SLOTS - 65)), (int) ((r >>> 20) & 0xff) + 1);   // past the table
            case 1: return POOL[(int) ((r >>> 8) & (POOL.length - 1))] | 1L << 32;
            case 2: return -1;
            default: return Handle.of((int) ((r >>> 8) & 63), Handle.LAST_GENERATION);   // a generation never reached
        }
    }

    /** Arguments for a number that names no call today. */
    static long harmless() {
        long r = next() & 3;
        return r == 0 ? -1 : r == 1 ? garbageHandle() | 1L << 40 : 0;
    }

    static long kernelOrNonCanonical() {
        long r = next();
        return (r & 1) == 0 ? 0xffff_8000_0000_0000L | (r & -PAGE) : 0x0000_8000_0000_0000L + ((r >>> 1) & 0x7fff_ffff_f000L);
    }

    static long huge() {
        long r = next() & 3;
        return r == 0 ? Long.MAX_VALUE : r == 1 ? -PAGE : r == 2 ? 1L << 40 : Long.MIN_VALUE;
    }

    static long small() {
        return (next() & 15) * PAGE - (next() & 1);
    }

    /** xorshift64*: the fuzzer's whole randomness, from the seed. */
    static long next() {
        long x = state;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        state = x;
        return x * 0x2545_f491_4f6c_dd1dL;
    }

    static void fail(String what, long error) {
        System.out.println("fuzz: " + what + " failed with " + error);
        System.exit(1);
    }
}
