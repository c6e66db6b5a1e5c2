/**
 * Multiprocessing: the descriptor tables of each CPU and starting the application processors the
 * loader parked. Middle layer, the highest there: it uses memory, timer and panic. The
 * per-CPU block and the CPU ids are the bottom layer's ({@code jos.kernel.x86.PerCpu},
 * {@code jos.kernel.x86.Cpus}).
 */
package jos.kernel.smp;
