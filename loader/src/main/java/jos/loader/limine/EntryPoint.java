package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.EntryPointRequest;
import jos.limine.EntryPointResponse;

/** Entry point feature: the kernel asks to be entered at its own address instead of e_entry. */
public final class EntryPoint {
    private EntryPoint() {
    }

    /** The address to enter the kernel at: the requested one if there is a request with a non-zero entry, else elfEntry. */
    public static long entry(long elfEntry) {
        long r = Requests.request(Requests.ENTRY_POINT);
        if (r == 0) return elfEntry;
        long requested = Memory.read64(r + EntryPointRequest.ENTRY);
        return requested != 0 ? requested : elfEntry;
    }

    public static boolean respond(long[] problem) {
        long r = Requests.request(Requests.ENTRY_POINT);
        if (r == 0 || Memory.read64(r + EntryPointRequest.ENTRY) == 0) return true;
        long response = Arena.allocate(EntryPointResponse.SIZE, problem);
        if (response == 0) return false;
        Requests.respond(Requests.ENTRY_POINT, response);
        return true;
    }
}
