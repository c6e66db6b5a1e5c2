/**
 * A simulated machine for running kernel and loader logic on HotSpot: sparse byte-addressed memory
 * with explicitly mapped regions, an I/O port space with pluggable devices, and one CPU's registers.
 * The intrinsics in {@link jos.hw} act on {@link jos.hw.sim.Machine#current()}.
 */
package jos.hw.sim;
