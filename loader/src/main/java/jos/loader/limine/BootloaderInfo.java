package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** Bootloader info feature: the loader's name and version as C strings. */
public final class BootloaderInfo {
    private BootloaderInfo() {
    }

    public static final String NAME = "jos-loader";
    public static final String VERSION = "0.1.0";

    @Struct(size = 24)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int NAME = 8;
        @Field(Type.U64) public static final int VERSION = 16;
        public static final int SIZE = 24;
    }

    /** Answers the request if there is one; false with a problem if out of memory. */
    public static boolean respond() {
        if (Requests.request(Requests.BOOTLOADER_INFO) == 0) return true;
        long r = Arena.allocate(Response.SIZE), name = Arena.string(NAME), version = Arena.string(VERSION);
        if (r == 0 || name == 0 || version == 0) return false;
        Memory.write64(r + Response.REVISION, 0);
        Memory.write64(r + Response.NAME, Hhdm.virt(name));
        Memory.write64(r + Response.VERSION, Hhdm.virt(version));
        Requests.respond(Requests.BOOTLOADER_INFO, r);
        return true;
    }
}
