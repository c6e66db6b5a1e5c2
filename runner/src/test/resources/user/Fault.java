/** A user program that reads kernel memory (QemuBootIT, test=user-fault): the kernel must end it and go on. */
public final class Fault {
    static void main() {
        System.out.println("about to read kernel memory");
        System.out.flush();
        long value = jos.hw.Memory.readVolatile64(0xffff_ffff_8000_0000L);
        System.out.println(value == 0 ? "read zero" : "read something");
        System.exit(0);
    }
}
