package corpus;

public class UncaughtInStaticInit {
    static class Config {
        static final int PORT = parsePort("80a");

        static int parsePort(String s) {
            System.out.println("parsing port " + s);
            return Integer.parseInt(s);
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("port is " + Config.PORT);
        System.out.println("unreachable");
    }
}
