/**
 * The lower-priority program of test=sched-preempt (QemuBootIT): three lines, then exit 0; none of them
 * may come before the higher-priority Counter has ended.
 */
public final class Later {
    static void main() {
        for (int line = 1; line <= 3; line++) {
            System.out.println("later: line " + line);
            System.out.flush();
        }
        System.exit(0);
    }
}
