package corpus;

/**
 * The standard system properties that describe the platform, and the environment, as HotSpot has them.
 * (stdout.encoding and stderr.encoding are left out: the test harness sets them on HotSpot's command line.)
 */
public class SystemProperties {
    public static void main(String[] args) {
        String[] keys = {
            "os.name", "os.arch", "os.version", "file.separator", "path.separator", "user.dir", "java.io.tmpdir",
            "file.encoding", "native.encoding", "java.specification.version",
            "java.specification.name", "java.specification.vendor", "java.vm.specification.version",
            "java.vm.specification.name", "java.vm.specification.vendor", "java.class.version", "no.such.key",
        };
        for (String k : keys) System.out.println(k + "=" + System.getProperty(k));
        System.out.println("line.separator=" + System.getProperty("line.separator").equals(System.lineSeparator()));
        System.out.println("default=" + System.getProperty("no.such.key", "fallback"));
        System.out.println("PATH set: " + (System.getenv("PATH") != null));
        System.out.println("HOME=" + System.getenv("HOME"));
        System.out.println("JOS_NO_SUCH_VARIABLE=" + System.getenv("JOS_NO_SUCH_VARIABLE"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty key: " + e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println("null key: " + e.getMessage());
        }
        try {
            System.getenv(null);
        } catch (NullPointerException e) {
            System.out.println("null variable: NPE");
        }
    }
}
