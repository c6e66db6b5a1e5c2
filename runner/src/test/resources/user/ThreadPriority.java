import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.IpcRegisters;
import jos.abi.MessageInfo;
import jos.abi.Protection;
import jos.abi.Scheduling;
import jos.hw.Export;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.sys.Ipc;
import jos.sys.Syscall;
import jos.sys.Threads;

/**
 * Threads' priorities and IPC between two threads of one process (QemuBootIT, test=threads-priority,
 * one CPU): the calls' refusals (a priority above the ceiling, out of range, a bad CPU, a stale handle);
 * a worker calls the first thread over an endpoint and gets its answer; a worker one below the first thread's
 * priority does not run while the first thread runs (and yields), and finishes first once the first
 * thread lowers itself below it. Exits 0 if every answer was right.
 */
public final class ThreadPriority {
    static final long STACK_BYTES = 16 * 1024, SPINS = 20_000_000;
    static volatile long spun, answer;
    /** What the calling worker sends, and where its message record is (set before it starts: it cannot allocate). */
    static long callInfo, callRecord;

    static void main() {
        long memory = Syscall.call3(Calls.MAP, 0, 4 * STACK_BYTES, Protection.READ | Protection.WRITE);
        if (memory < 0) System.exit(2);
        boolean ok = true;
        long above = Threads.create(spinAddress(), memory, STACK_BYTES, 0, Scheduling.DEFAULT_PRIORITY + 1);
        System.out.println("threads: a thread above the ceiling: " + above);
        ok &= above == Errors.EPERM;
        long range = Threads.create(spinAddress(), memory, STACK_BYTES, 0, Scheduling.PRIORITIES);
        System.out.println("threads: priority 64: " + range);
        ok &= range == Errors.EINVAL;
        long self = Threads.self();
        long cpu = Threads.affinity(self, 99);
        System.out.println("threads: cpu 99: " + cpu);
        ok &= cpu == Errors.EINVAL;
        long stale = Threads.priority(Handle.of(30, Handle.FIRST_GENERATION), 1);
        System.out.println("threads: an empty slot: " + stale);
        ok &= stale == Errors.EBADF;
        long raise = Threads.priority(self, Scheduling.DEFAULT_PRIORITY + 1);
        System.out.println("threads: raising itself above the ceiling: " + raise);
        ok &= raise == Errors.EPERM;

        long endpoint = Syscall.call0(Calls.ENDPOINT_CREATE);
        callInfo = MessageInfo.registers(5, 1, 0);
        callRecord = memory + 3 * STACK_BYTES;
        long caller = Threads.create(callAddress(), memory + STACK_BYTES, STACK_BYTES, endpoint, Scheduling.SAME_PRIORITY);
        long r = memory + 3 * STACK_BYTES + 4096;
        long got = Ipc.call(Calls.RECV, endpoint, r);
        long word = Memory.read64(r + IpcRegisters.WORD0);
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(7, 1, 0));
        Memory.write64(r + IpcRegisters.WORD0, word * 3);
        long replied = Ipc.call(Calls.REPLY, 0, r);
        while (answer == 0) Syscall.call0(Calls.YIELD);
        System.out.println("threads: ipc between two threads: received " + got + " word " + word + ", replied " + replied + ", the caller got " + answer);
        ok &= caller > 0 && got == 0 && word == 14 && replied == 0 && answer == 42;

        long worker = Threads.create(spinAddress(), memory + 2 * STACK_BYTES, STACK_BYTES, SPINS, Scheduling.DEFAULT_PRIORITY - 1);
        for (int i = 0; i < 3; i++) Syscall.call0(Calls.YIELD);   // yield lets only 32 and above run
        long before = spun;
        long lowered = Threads.priority(self, Scheduling.DEFAULT_PRIORITY - 8);
        long after = spun;
        System.out.println("threads: a worker at 31 spun " + before + " times while the first thread ran at 32; lowered to 24 (" + lowered
                + "), it found the worker done: " + after);
        ok &= worker > 0 && before == 0 && lowered == 0 && after == SPINS;
        long back = Threads.priority(self, Scheduling.DEFAULT_PRIORITY);
        System.out.println("threads: back to 32: " + back);
        ok &= back == 0;
        System.exit(ok ? 0 : 1);
    }

    /** Spins count times, then records that it has. */
    @Export("thread_priority_spin")
    static long spin(long count) {
        long i = 0;
        while (i < count) i++;
        spun = i;
        return 0;
    }

    @Naked({"leaq thread_priority_spin(%rip), %rax", "ret"})
    static native long spinAddress();

    /** Calls the first thread over endpoint with 14 and keeps the answer's word. */
    @Export("thread_priority_call")
    static long call(long endpoint) {
        long r = callRecord;
        Memory.write64(r + IpcRegisters.INFO, callInfo);
        Memory.write64(r + IpcRegisters.WORD0, 14);
        long result = Ipc.call(Calls.CALL, endpoint, r);
        answer = result == 0 ? Memory.read64(r + IpcRegisters.WORD0) : result;
        return 0;
    }

    @Naked({"leaq thread_priority_call(%rip), %rax", "ret"})
    static native long callAddress();
}
