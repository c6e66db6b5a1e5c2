/**
 * Hardware intrinsics for code that runs on the machine (kernel, loader, drivers).
 *
 * <p>Every static method of {@link jos.hw.Cpu}, {@link jos.hw.Memory} and {@link jos.hw.Atomic} is an
 * intrinsic: the AOT compiler replaces each call with the instruction or C expression it names and never
 * compiles the Java body. On HotSpot the Java bodies run instead, over the simulated machine of
 * {@link jos.hw.sim.Machine}, so the same kernel logic runs under JUnit. The annotations in this package
 * place data and code where the hardware and the loader need them.
 */
package jos.hw;
