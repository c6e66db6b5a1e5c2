package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * Module feature: every module after the kernel, in GRUB's order, as {@link LimineFile}s. Internal
 * modules (request revision 1) are not supported, so the response is revision 0 and ignores them.
 */
public final class ModuleFeature {
    private ModuleFeature() {
    }

    @Struct(size = 64)
    public static final class Request {
        private Request() {
        }

        @Field(value = Type.U64, count = 4) public static final int ID = 0;
        @Field(Type.U64) public static final int REVISION = 32;
        @Field(Type.U64) public static final int RESPONSE = 40;
        @Field(Type.U64) public static final int INTERNAL_MODULE_COUNT = 48;
        @Field(Type.U64) public static final int INTERNAL_MODULES = 56;
    }

    @Struct(size = 24)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int MODULE_COUNT = 8;
        @Field(Type.U64) public static final int MODULES = 16;
        public static final int SIZE = 24;
    }

    /** files: count physical addresses of limine_file structures, 8 bytes each. */
    public static boolean respond(long files, int count) {
        if (Requests.request(Requests.MODULE) == 0) return true;
        long r = Arena.allocate(Response.SIZE), list = Arena.allocate(8L * (count == 0 ? 1 : count));
        if (r == 0 || list == 0) return false;
        for (int i = 0; i < count; i++) Memory.write64(list + 8L * i, Hhdm.virt(Memory.read64(files + 8L * i)));
        Memory.write64(r + Response.MODULE_COUNT, count);
        Memory.write64(r + Response.MODULES, Hhdm.virt(list));
        Requests.respond(Requests.MODULE, r);
        return true;
    }
}
