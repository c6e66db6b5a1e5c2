/**
 * The kernel/user ABI, declared once: what the kernel ({@code microkernel}) and user programs (the
 * {@code user} target's runtime, and later {@code libsys}) both compile against, so they agree by
 * construction. {@code abi.md} at the repository root describes every declaration here, and a test
 * checks both ways that each has the other.
 *
 * <p>{@link jos.abi.Calls} holds the system-call numbers, {@link jos.abi.Errors} the error results;
 * {@link jos.abi.Handle}, {@link jos.abi.Kinds} and {@link jos.abi.Rights} the capability ABI (a handle's
 * encoding, the kinds and the rights each kind carries); {@link jos.abi.Protection}, {@link jos.abi.MemoryInfo}
 * and {@link jos.abi.CacheType} the values of the memory calls' arguments; {@link jos.abi.Scheduling} the priorities
 * and CPU choice of the thread calls. Each is a class of {@code static final}
 * constants, with at most a few static helpers over them (no state, no heap, no floating point, so both
 * targets compile them); javac inlines the constants, and tests enumerate them by their fields. All are
 * marked {@link jos.hw.CConstants}, so the AOT compiler writes them into the {@code jos_constants.h}
 * header that the user runtime's C includes ({@code JOS_SYS_EXIT}, {@code JOS_EFAULT}); no C file
 * declares a number of its own. Message layouts join here as {@link jos.hw.Struct}s.
 */
package jos.abi;
