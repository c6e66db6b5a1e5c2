package jos.kernel.process;

import jos.abi.Errors;
import jos.abi.IpcBuffer;
import jos.kernel.ipc.IpcState;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.UserMemory;
import jos.kernel.memory.Usage;

/**
 * A user thread's IPC buffer (jos.abi.IpcBuffer, 8 KiB): two frames the kernel owns, lent to the thread's
 * address space at an address the thread chooses or the kernel finds (the ipc_buffer call), user
 * read/write, never executable, charged to the process's quota. IPC reaches them through the HHDM
 * (IpcState BUFFER), never through the user mapping, so a message moves whichever space is live and a
 * program that changes its buffer meanwhile changes only bytes: lengths come from the MessageInfo in the
 * saved registers, handles are read once each. The frames live as long as the thread block: the program
 * cannot unmap or protect them, a space's destroy leaves them, and {@link #release} frees them when the
 * block goes, after which no CPU can be inside an IPC with the thread.
 */
public final class IpcBuffers {
    private IpcBuffers() {
    }

    /**
     * ipc_buffer(address) for thread (the caller, in the space root): maps its buffer at address (0: a
     * free range) and returns where; a thread that has one gets its address again (address 0 or that
     * address), EBUSY for another address. Else the errors of UserMemory.mapKernelFrames: EINVAL, EFAULT,
     * EBUSY (the range is occupied), ENOMEM (quota, frames, or no free range).
     */
    public static long map(long thread, long root, long address) {
        long at = IpcState.get(thread, IpcState.BUFFER_AT);
        if (at != 0) return address == 0 || address == at ? at : Errors.EBUSY;
        long frames = FrameAllocator.allocateZeroed(IpcBuffer.SIZE, Usage.USER);
        if (frames == 0) return Errors.ENOMEM;
        at = UserMemory.mapKernelFrames(root, address, frames, IpcBuffer.SIZE);
        if (at < 0) {
            FrameAllocator.free(frames, IpcBuffer.SIZE);
            return at;
        }
        IpcState.set(thread, IpcState.BUFFER, Hhdm.virt(frames));
        IpcState.set(thread, IpcState.BUFFER_AT, at);
        return at;
    }

    /**
     * For a thread that is ending, while its space surely lives (before its process counts it gone): takes
     * its buffer out of the space (every CPU forgets it, the quota gets its bytes back), so the process's
     * other threads never reach frames {@link #release} frees. Nothing for a thread without one.
     */
    public static void unmap(long thread, long root) {
        long at = IpcState.get(thread, IpcState.BUFFER_AT);
        if (at != 0) UserMemory.unmapKernelFrames(root, at, IpcBuffer.SIZE);
    }

    /**
     * Frees the buffer's frames of a thread whose block is being destroyed (its space destroyed or the
     * buffer unmapped, the thread in no IPC). Nothing for a thread without one, or whose BUFFER its
     * creator provided (IpcState BUFFER_AT 0).
     */
    public static void release(long thread) {
        if (IpcState.get(thread, IpcState.BUFFER_AT) == 0) return;
        FrameAllocator.free(Hhdm.phys(IpcState.get(thread, IpcState.BUFFER)), IpcBuffer.SIZE);
        IpcState.set(thread, IpcState.BUFFER, 0);
        IpcState.set(thread, IpcState.BUFFER_AT, 0);
    }
}
