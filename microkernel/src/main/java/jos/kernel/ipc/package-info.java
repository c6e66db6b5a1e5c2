/**
 * Synchronous IPC as seL4 and L4 have it: endpoints (rendezvous of a sender and a receiver, no kernel
 * buffering), one-shot replies, and notifications (a word of bits). Each operation is a state machine
 * step over thread blocks (sched.Thread, IPC's area declared by {@link jos.kernel.ipc.IpcState}) and
 * heap objects ({@link jos.kernel.ipc.Endpoint}, {@link jos.kernel.ipc.Notification},
 * {@link jos.kernel.ipc.Reply}); it returns what happened in an {@link jos.kernel.ipc.Outcome} (the
 * caller's result, whether it blocks, who became runnable) and never calls the scheduler. Top layer,
 * above sched (it uses the thread block's layout only), below process.
 */
package jos.kernel.ipc;
