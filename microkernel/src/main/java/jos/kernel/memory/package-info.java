/**
 * The kernel's memory: which physical memory is used for what ({@link jos.kernel.memory.PhysicalMemory}),
 * physical frames ({@link jos.kernel.memory.FrameAllocator}), x86_64 4-level page tables
 * ({@link jos.kernel.memory.PageTables}) and the kernel's own address space
 * ({@link jos.kernel.memory.KernelAddressSpace}), higher-half virtual ranges, guarded kernel stacks and
 * the kernel heap that backs {@code new}. {@link jos.kernel.memory.MemoryManager#init()} brings it all up
 * in order on the bootstrap CPU; TLB shootdowns keep the other CPUs' TLBs in step
 * ({@link jos.kernel.memory.TlbShootdown}). Middle layer, above console and panic.
 *
 * <p>Everything here runs before the heap exists, so nothing here allocates: state lives in static
 * primitive fields and compile-time arrays, memory is reached through {@link jos.hw.Memory} at HHDM
 * addresses, and errors return 0/false after recording a reason in this CPU's {@link jos.kernel.memory.Problem}
 * record.
 */
package jos.kernel.memory;
