package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** Entry point feature: the kernel asks to be entered at its own address instead of e_entry. */
public final class EntryPoint {
    private EntryPoint() {
    }

    @Struct(size = 56)
    public static final class Request {
        private Request() {
        }

        @Field(value = Type.U64, count = 4) public static final int ID = 0;
        @Field(Type.U64) public static final int REVISION = 32;
        @Field(Type.U64) public static final int RESPONSE = 40;
        @Field(Type.U64) public static final int ENTRY = 48;
    }

    @Struct(size = 8)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        public static final int SIZE = 8;
    }

    /** The address to enter the kernel at: the requested one if there is a request with a non-zero entry, else elfEntry. */
    public static long entry(long elfEntry) {
        long r = Requests.request(Requests.ENTRY_POINT);
        if (r == 0) return elfEntry;
        long requested = Memory.read64(r + Request.ENTRY);
        return requested != 0 ? requested : elfEntry;
    }

    public static boolean respond() {
        long r = Requests.request(Requests.ENTRY_POINT);
        if (r == 0 || Memory.read64(r + Request.ENTRY) == 0) return true;
        long response = Arena.allocate(Response.SIZE);
        if (response == 0) return false;
        Requests.respond(Requests.ENTRY_POINT, response);
        return true;
    }
}
