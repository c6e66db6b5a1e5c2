/**
 * Threads and their scheduling: the thread block's layout ({@link jos.kernel.sched.Thread}), shared by
 * every layer that keeps per-thread state, and (Kernel IV) the per-CPU run queues, the context switch
 * and preemption. Top layer, above capabilities and below IPC and processes.
 */
package jos.kernel.sched;
