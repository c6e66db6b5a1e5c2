/** The child of the spawn test (QemuBootIT, test=process-spawn): says so and exits with 7. */
public final class ExitSeven {
    static void main() {
        System.out.println("exitseven: exiting with 7");
        System.exit(7);
    }
}
