package jos.kernel.ipc;

import jos.hw.Memory;

/**
 * A FIFO of threads linked through IpcState NEXT and PREVIOUS, its head and tail two words of an object
 * (head at head, tail at head + 8). The caller holds the object's lock.
 */
final class ThreadQueue {
    private ThreadQueue() {
    }

    static boolean isEmpty(long head) {
        return Memory.read64(head) == 0;
    }

    static void append(long head, long thread) {
        long tail = Memory.read64(head + 8);
        IpcState.set(thread, IpcState.NEXT, 0);
        IpcState.set(thread, IpcState.PREVIOUS, tail);
        if (tail == 0) Memory.write64(head, thread);
        else IpcState.set(tail, IpcState.NEXT, thread);
        Memory.write64(head + 8, thread);
    }

    /** Takes the first thread off the queue; 0 if it is empty. */
    static long takeFirst(long head) {
        long thread = Memory.read64(head);
        if (thread != 0) remove(head, thread);
        return thread;
    }

    static void remove(long head, long thread) {
        long next = IpcState.get(thread, IpcState.NEXT);
        long previous = IpcState.get(thread, IpcState.PREVIOUS);
        if (previous == 0) Memory.write64(head, next);
        else IpcState.set(previous, IpcState.NEXT, next);
        if (next == 0) Memory.write64(head + 8, previous);
        else IpcState.set(next, IpcState.PREVIOUS, previous);
        IpcState.set(thread, IpcState.NEXT, 0);
        IpcState.set(thread, IpcState.PREVIOUS, 0);
    }
}
