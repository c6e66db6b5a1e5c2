/**
 * Capabilities: what a process may name and do. Each process has a {@link
 * jos.kernel.capability.CapabilityTable} of slots that user space names by handle (slot index and
 * generation, {@link jos.abi.Handle}); a slot holds a kind, rights, a badge, and either a kernel object
 * (whose {@link jos.kernel.capability.KernelObject} header counts the capabilities naming it) or a range of
 * frames, device memory, ports or interrupt lines. Operations return a handle or a negative {@link
 * jos.abi.Errors} code and hand any further values back in a {@link jos.kernel.capability.Capability}
 * record the caller passes. This layer knows nothing of threads or IPC: it tells its caller when an
 * object lost its last capability, and the owner (IPC, processes) destroys it. Lowest package of the top
 * layer's Kernel IV part.
 */
package jos.kernel.capability;
