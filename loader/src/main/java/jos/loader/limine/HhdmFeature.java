package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** HHDM feature: where the higher-half direct map starts ({@link Hhdm#OFFSET}). */
public final class HhdmFeature {
    private HhdmFeature() {
    }

    @Struct(size = 16)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int OFFSET = 8;
        public static final int SIZE = 16;
    }

    public static boolean respond() {
        if (Requests.request(Requests.HHDM) == 0) return true;
        long r = Arena.allocate(Response.SIZE);
        if (r == 0) return false;
        Memory.write64(r + Response.OFFSET, Hhdm.OFFSET);
        Requests.respond(Requests.HHDM, r);
        return true;
    }
}
