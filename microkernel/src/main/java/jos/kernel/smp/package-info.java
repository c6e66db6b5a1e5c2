/**
 * Multiprocessing: per-CPU data reached through GS.base, kernel CPU ids (0 = the bootstrap CPU), and
 * starting the application processors the loader parked.
 */
package jos.kernel.smp;
