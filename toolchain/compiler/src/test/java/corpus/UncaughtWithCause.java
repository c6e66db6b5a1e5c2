package corpus;

public class UncaughtWithCause {
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("config value is broken", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(parse("12") + parse("30"));
        try {
            parse("zz");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        RuntimeException outer = new RuntimeException(new UnsupportedOperationException("deep"));
        System.out.println(outer.getMessage());
        System.out.println(parse("0x10"));
    }
}
