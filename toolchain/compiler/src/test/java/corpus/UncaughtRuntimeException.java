package corpus;

public class UncaughtRuntimeException {
    static void validate(int v) {
        if (v > 2) throw new IllegalArgumentException("value too large: " + v);
        System.out.println("valid " + v);
    }

    public static void main(String[] args) {
        System.out.println("start");
        for (int i = 0; i < 10; i++) {
            validate(i);
        }
        System.out.println("unreachable");
    }
}
