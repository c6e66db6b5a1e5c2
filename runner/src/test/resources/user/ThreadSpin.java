import jos.abi.Calls;
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
 * A process of four threads on four CPUs that never stop (QemuBootIT, test=threads-kill): the first
 * pins itself to cpu 0 and three workers to cpus 1-3 (thread_self, thread_affinity: they migrate there),
 * waits until each worker's counter moves, tells its spawner (ThreadKiller) over the endpoint in its slot
 * 0, and spins. Its spawner kills it.
 */
public final class ThreadSpin {
    static final int WORKERS = 3;
    static final long STACK_BYTES = 16 * 1024;

    static void main() {
        long memory = Syscall.call3(Calls.MAP, 0, 4096 + WORKERS * STACK_BYTES, Protection.READ | Protection.WRITE);
        if (memory < 0) fail("map", memory);
        long self = Threads.self();
        long pinned = self < 0 ? self : Threads.affinity(self, 0);
        if (pinned != 0) fail("pinning itself to cpu 0", pinned);
        for (int i = 0; i < WORKERS; i++) {
            long counter = memory + 8L * i;
            long thread = Threads.create(spinAddress(), memory + 4096 + i * STACK_BYTES, STACK_BYTES, counter, Scheduling.SAME_PRIORITY);
            if (thread < 0) fail("thread_create", thread);
            long moved = Threads.affinity(thread, i + 1);
            if (moved != 0) fail("thread_affinity", moved);
        }
        for (int i = 0; i < WORKERS; i++) {
            while (Memory.readVolatile64(memory + 8L * i) == 0) Syscall.call0(Calls.YIELD);
        }
        System.out.println("thread-spin: 3 workers pinned to cpus 1-3 are counting; the first thread spins on cpu 0");
        System.out.flush();
        long r = memory + 4096 - IpcRegisters.SIZE;
        Memory.write64(r + IpcRegisters.INFO, MessageInfo.registers(1, 0, 0));
        long sent = Ipc.call(Calls.SEND, Handle.of(0, Handle.FIRST_GENERATION), r);
        if (sent != 0) fail("send", sent);
        spin(memory + 4096 - IpcRegisters.SIZE - 8);
    }

    /** A worker: counts in the word at counter until it is killed (volatile: a plain store could stay in a register forever). */
    @Export("thread_spin_count")
    static long spin(long counter) {
        for (;;) Memory.writeVolatile64(counter, Memory.readVolatile64(counter) + 1);
    }

    @Naked({"leaq thread_spin_count(%rip), %rax", "ret"})
    static native long spinAddress();

    static void fail(String what, long error) {
        System.out.println("thread-spin: " + what + " failed with " + error);
        System.out.flush();
        System.exit(1);
    }
}
