package jos.kernel.process;

import jos.abi.Kinds;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.KernelObject;
import jos.kernel.memory.Heap;

/**
 * What a THREAD capability names: a kernel-heap object (the capability header first) holding the thread's
 * block and a reference to its process. The thread block is not the object itself because it must not
 * outlive its kernel stack, which the process's reaper frees; the process block stays while this
 * object holds its reference, so a holder asking after an ended thread reads the process's state under
 * its lock (Process.lock) and gets ESRCH instead of touching a freed stack.
 */
@Struct(size = ThreadObject.SIZE)
public final class ThreadObject {
    @Field(value = Type.U64, count = 2) public static final int HEADER = 0;
    /** The process the thread belongs to (one reference held). */
    @Field(Type.U64) public static final int PROCESS = 16;
    /** The thread block. */
    @Field(Type.U64) public static final int THREAD = 24;

    public static final int SIZE = 32;

    private ThreadObject() {
    }

    /** A new object naming thread of process, with no capability references yet; 0 when the heap is full or the process's count is full. */
    public static long create(long process, long thread) {
        long object = Heap.allocate(SIZE);
        if (object == 0) return 0;
        if (!KernelObject.retain(process)) {
            Heap.free(object);
            return 0;
        }
        KernelObject.init(object, Kinds.THREAD);
        Memory.write64(object + PROCESS, process);
        Memory.write64(object + THREAD, thread);
        return object;
    }

    public static long process(long object) {
        return Memory.read64(object + PROCESS);
    }

    public static long thread(long object) {
        return Memory.read64(object + THREAD);
    }
}
