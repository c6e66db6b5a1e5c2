package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.HhdmResponse;

/** HHDM feature: where the higher-half direct map starts ({@link Hhdm#OFFSET}). */
public final class HhdmFeature {
    private HhdmFeature() {
    }

    public static boolean respond(long[] problem) {
        if (Requests.request(Requests.HHDM) == 0) return true;
        long r = Arena.allocate(HhdmResponse.SIZE, problem);
        if (r == 0) return false;
        Memory.write64(r + HhdmResponse.OFFSET, Hhdm.OFFSET);
        Requests.respond(Requests.HHDM, r);
        return true;
    }
}
