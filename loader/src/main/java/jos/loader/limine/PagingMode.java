package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.PagingModeRequest;
import jos.limine.PagingModeResponse;
import jos.loader.Problem;

/** Paging mode feature: the loader only provides 4-level paging. */
public final class PagingMode {
    private PagingMode() {
    }

    /** False with a problem if the kernel cannot run with 4-level paging (min_mode above it). */
    public static boolean check(long[] problem) {
        long r = Requests.request(Requests.PAGING_MODE);
        if (r == 0 || Memory.read64(r + PagingModeRequest.REVISION) < 1) return true; // revision 0: min_mode is 4-level
        long min = Memory.read64(r + PagingModeRequest.MIN_MODE);
        if (min != PagingModeRequest.FOUR_LEVEL) return Problem.report(problem, Problem.PAGING_MODE_ABOVE_4_LEVEL, min);
        return true;
    }

    public static boolean respond(long[] problem) {
        if (Requests.request(Requests.PAGING_MODE) == 0) return true;
        long response = Arena.allocate(PagingModeResponse.SIZE, problem);
        if (response == 0) return false;
        Memory.write64(response + PagingModeResponse.MODE, PagingModeRequest.FOUR_LEVEL);
        Requests.respond(Requests.PAGING_MODE, response);
        return true;
    }
}
