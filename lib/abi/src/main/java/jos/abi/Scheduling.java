package jos.abi;

import jos.hw.CConstants;

/**
 * The scheduler's numbers a program uses with thread_create, thread_priority and thread_affinity (abi.md):
 * priorities 0 (lowest) to {@link #PRIORITIES} - 1, higher runs first; a CPU id, or {@link #ANY_CPU}.
 */
@CConstants(prefix = "JOS_SCHED_")
public final class Scheduling {
    /** Priority levels: 0 to PRIORITIES - 1. */
    public static final int PRIORITIES = 64;
    /** The priority a spawned process's first thread gets, and its ceiling unless its spawner's is lower. */
    public static final int DEFAULT_PRIORITY = PRIORITIES / 2;
    /** thread_create's priority: the calling thread's own. */
    public static final int SAME_PRIORITY = -1;
    /** Affinity: free to run on every CPU. */
    public static final int ANY_CPU = -1;

    private Scheduling() {
    }
}
