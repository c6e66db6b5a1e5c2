import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.sys.Ipc;
import jos.sys.Syscall;

/**
 * The IPC benchmark (scripts/bench ipc, QemuBootIT, test=ipc-bench), on cpu 0: slot 0 the endpoint of an
 * IpcBenchServer on cpu 0, slot 1 that of one on cpu 1, slots 2 and 3 the notifications the first waits
 * on and signals, slots 4 and 5 the second's. The 256-byte call goes through both threads' IPC buffers. Each operation runs WARMUP times, then ROUNDS times timed
 * by rdtsc (under QEMU -icount shift=0 one tick is one guest instruction) and by clock_monotonic, and
 * prints "bench ipc: <operation> <ticks per operation> ticks <ns per operation> ns" (tenths, as
 * 123.4). A signal-to-wake is half of a signal/wait round trip between two threads.
 */
public final class IpcBenchClient {
    static final int ROUNDS = 10_000, WARMUP = 1_000;
    static final long PING = 1, STOP = 2, STOP_BIT = 2;
    /** A number no call has: the null system call is the entry, the dispatch and the way back alone (ENOSYS). */
    static final long NO_CALL = -1;
    static final int NULL = 0, CALL = 1, SIGNAL = 2, CALL_256 = 3;
    /** The buffer message's size: 32 words, each answered plus one in the server's reply of the same size. */
    static final int BYTES = 256;

    static long registers, buffer;

    static void main() {
        registers = Syscall.call3(Calls.MAP, 0, 4096, Protection.READ | Protection.WRITE);
        if (registers < 0) fail("map", registers);
        if (Syscall.call0(NO_CALL) != Errors.ENOSYS) fail("the null call", Syscall.call0(NO_CALL));
        measure("null-syscall", NULL, 0, 0);
        measure("same-cpu-call", CALL, slot(0), 0);
        buffer = Ipc.buffer();
        if (buffer < 0) fail("ipc_buffer", buffer);
        measure("same-cpu-call-256", CALL_256, slot(0), 0);
        measure("cross-cpu-call", CALL, slot(1), 0);
        stop(slot(0));
        stop(slot(1));
        measure("same-cpu-signal", SIGNAL, slot(2), slot(3));
        measure("cross-cpu-signal", SIGNAL, slot(4), slot(5));
        check("signal", Syscall.call2(Calls.SIGNAL, slot(2), STOP_BIT));
        check("signal", Syscall.call2(Calls.SIGNAL, slot(4), STOP_BIT));
        System.out.println("bench ipc: done, " + ROUNDS + " rounds each");
        System.exit(0);
    }

    static long slot(int i) {
        return Handle.of(i, Handle.FIRST_GENERATION);
    }

    /** Runs operation kind on handles a and b WARMUP times, then ROUNDS timed, and prints the line. */
    static void measure(String name, int kind, long a, long b) {
        run(kind, a, b, WARMUP);
        long clock = Syscall.call0(Calls.CLOCK_MONOTONIC), ticks = Cpu.rdtsc();
        run(kind, a, b, ROUNDS);
        long tickDelta = Cpu.rdtsc() - ticks, nanos = Syscall.call0(Calls.CLOCK_MONOTONIC) - clock;
        int per = kind == SIGNAL ? 2 * ROUNDS : ROUNDS;
        System.out.println("bench ipc: " + name + " " + tenths(tickDelta, per) + " ticks " + tenths(nanos, per) + " ns");
    }

    static void run(int kind, long a, long b, int rounds) {
        long r = registers;
        for (int i = 0; i < rounds; i++) {
            if (kind == NULL) {
                Syscall.call0(NO_CALL);
            } else if (kind == CALL_256) {
                Ipc.putWord(buffer, 0, i);
                Ipc.putWord(buffer, BYTES / 8 - 1, i);
                check("call", Ipc.callBuffer(Calls.CALL, a, r, PING, BYTES, 0));
                if (Ipc.length(r) != BYTES || Ipc.word(buffer, 0) != i + 1 || Ipc.word(buffer, BYTES / 8 - 1) != i + 1) fail("a 256-byte reply", i);
            } else if (kind == CALL) {
                Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(PING, 4, 0));
                Memory.write64(r + IpcRegisters.WORD0, i);
                Memory.write64(r + IpcRegisters.WORD3, i);
                check("call", Ipc.call(Calls.CALL, a, r));
                if (Memory.read64(r + IpcRegisters.WORD0) != i + 1 || Memory.read64(r + IpcRegisters.WORD3) != i + 1) fail("a reply's words", i);
            } else {
                check("signal", Syscall.call2(Calls.SIGNAL, a, 1));
                check("wait", Ipc.call(Calls.WAIT, b, r));
            }
        }
    }

    static void stop(long endpoint) {
        Memory.write64(registers + IpcRegisters.INFO, MessageInfo.registers(STOP, 0, 0));
        check("stop", Ipc.call(Calls.CALL, endpoint, registers));
    }

    static String tenths(long total, int count) {
        long t = (total * 10 + count / 2) / count;
        return (t / 10) + "." + (t % 10);
    }

    static void check(String what, long result) {
        if (result != 0) fail(what, result);
    }

    static void fail(String what, long error) {
        System.out.println("bench ipc: " + what + " failed with " + error);
        System.exit(1);
    }
}
