/** The first user program (QemuBootIT, test=user-hello): one line through debug_write, then exit(7). */
public final class Hello {
    static void main() {
        System.out.println("hello from user space");
        System.exit(7);
    }
}
