package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.loader.Problem;

/** Paging mode feature: the loader only provides 4-level paging. */
public final class PagingMode {
    private PagingMode() {
    }

    public static final long FOUR_LEVEL = 0, FIVE_LEVEL = 1;

    @Struct(size = 72)
    public static final class Request {
        private Request() {
        }

        @Field(value = Type.U64, count = 4) public static final int ID = 0;
        @Field(Type.U64) public static final int REVISION = 32;
        @Field(Type.U64) public static final int RESPONSE = 40;
        @Field(Type.U64) public static final int MODE = 48;
        /** Request revision 1 and above. */
        @Field(Type.U64) public static final int MAX_MODE = 56;
        @Field(Type.U64) public static final int MIN_MODE = 64;
    }

    @Struct(size = 16)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int MODE = 8;
        public static final int SIZE = 16;
    }

    /** False with a problem if the kernel cannot run with 4-level paging (min_mode above it). */
    public static boolean check() {
        long r = Requests.request(Requests.PAGING_MODE);
        if (r == 0 || Memory.read64(r + Request.REVISION) < 1) return true; // revision 0: min_mode is 4-level
        long min = Memory.read64(r + Request.MIN_MODE);
        if (min != FOUR_LEVEL) return Problem.report("kernel requires a paging mode above 4-level; min_mode", min);
        return true;
    }

    public static boolean respond() {
        if (Requests.request(Requests.PAGING_MODE) == 0) return true;
        long response = Arena.allocate(Response.SIZE);
        if (response == 0) return false;
        Memory.write64(response + Response.MODE, FOUR_LEVEL);
        Requests.respond(Requests.PAGING_MODE, response);
        return true;
    }
}
