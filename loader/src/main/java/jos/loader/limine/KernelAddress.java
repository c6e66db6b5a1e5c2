package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** Kernel (executable) address feature: where the image is, physically and virtually. */
public final class KernelAddress {
    private KernelAddress() {
    }

    @Struct(size = 24)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int PHYSICAL_BASE = 8;
        @Field(Type.U64) public static final int VIRTUAL_BASE = 16;
        public static final int SIZE = 24;
    }

    public static boolean respond(long physicalBase, long virtualBase) {
        if (Requests.request(Requests.KERNEL_ADDRESS) == 0) return true;
        long r = Arena.allocate(Response.SIZE);
        if (r == 0) return false;
        Memory.write64(r + Response.PHYSICAL_BASE, physicalBase);
        Memory.write64(r + Response.VIRTUAL_BASE, virtualBase);
        Requests.respond(Requests.KERNEL_ADDRESS, r);
        return true;
    }
}
