package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** Kernel (executable) file feature: the kernel ELF file as a {@link LimineFile}. */
public final class KernelFile {
    private KernelFile() {
    }

    @Struct(size = 16)
    public static final class Response {
        private Response() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int KERNEL_FILE = 8;
        public static final int SIZE = 16;
    }

    /** file: the physical address of the kernel's limine_file. */
    public static boolean respond(long file) {
        if (Requests.request(Requests.KERNEL_FILE) == 0) return true;
        long r = Arena.allocate(Response.SIZE);
        if (r == 0) return false;
        Memory.write64(r + Response.KERNEL_FILE, Hhdm.virt(file));
        Requests.respond(Requests.KERNEL_FILE, r);
        return true;
    }
}
