package jos.loader.limine;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.limine.StackSizeRequest;
import jos.limine.StackSizeResponse;

/**
 * Stack size feature: the size of the stack every CPU is entered on. At least 64 KiB whatever the
 * request says, rounded up to pages.
 */
public final class StackSize {
    private StackSize() {
    }

    public static final long MINIMUM = 0x10000;
    /** Requests above this are refused (the loader allocates one stack per CPU below 4 GiB). */
    public static final long MAXIMUM = 64L << 20;

    /** The stack size in bytes for every CPU; 0 with a problem if the request is too large. */
    public static long bytes(long[] problem) {
        long r = Requests.request(Requests.STACK_SIZE);
        long wanted = r == 0 ? 0 : Memory.read64(r + StackSizeRequest.STACK_SIZE);
        if (wanted < 0 || wanted > MAXIMUM) {
            Problem.report(problem, Problem.STACK_TOO_BIG, wanted);
            return 0;
        }
        long size = wanted < MINIMUM ? MINIMUM : wanted;
        return (size + 0xFFF) & ~0xFFFL;
    }

    public static boolean respond(long[] problem) {
        if (Requests.request(Requests.STACK_SIZE) == 0) return true;
        long r = Arena.allocate(StackSizeResponse.SIZE, problem);
        if (r == 0) return false;
        Requests.respond(Requests.STACK_SIZE, r);
        return true;
    }
}
