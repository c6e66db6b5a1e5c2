package corpus;

public class StringFormat {
    public static void main(String[] args) {
        System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%+d] [% d]", 42, 42, 42, 42, 1234567, 42, 42));
        System.out.println(String.format("[%d] [%,d] [%(d] [%08d]", -42, -1234567890, -5, -42));
        System.out.println(String.format("[%d] [%d] [%,d]", Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE));
        System.out.println(String.format("[%d] [%d] [%d]", (byte) -1, (short) 1000, Integer.MIN_VALUE));
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%S]", "hello", "hi", "hi", "truncate", "upper"));
        System.out.println(String.format("[%s] [%s] [%s] [%s]", null, 1.5, 'c', true));
        System.out.println(String.format("[%x] [%X] [%08x] [%#x] [%x]", 255, 255, 48879, 255, -1));
        System.out.println(String.format("[%x] [%X] [%o]", -1L, 0xCAFEBABEL, 8));
        System.out.println(String.format("[%x] [%x]", (byte) -1, (short) -2));
        System.out.println(String.format("[%c] [%c] [%3c] [%-3c] [%C]", 'a', 65, 'z', 'y', 'q'));
        System.out.println(String.format("[%b] [%b] [%b] [%B] [%5b]", true, null, "x", false, false));
        System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%010.2f]", Math.PI, Math.PI, Math.E, 2.25, -3.14159));
        System.out.println(String.format("[%.0f] [%.0f] [%.0f] [%.1f] [%.1f]", 0.5, 1.5, 2.5, 0.05, 0.15));
        System.out.println(String.format("[%,.2f] [%+.3f] [%.3f] [%f]", 1234567.891, 2.0, -0.0005, 1e-7));
        System.out.println(String.format("[%f] [%f] [%f] [%.2f]", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20));
        System.out.println(String.format("[%e] [%.2e] [%E] [%12.4e] [%e]", 12345.678, 0.000123, 1e100, -2.5, 0.0));
        System.out.println(String.format("[%.3f] [%.10f] [%.15f]", 1.0005, 0.1, 0.1));
        System.out.println(String.format("[%f] [%.3f]", 1.5f, 0.1f));
        System.out.println(String.format("100%% done%n").trim() + "|");
        System.out.println(String.format("%s-%s-%s", "a", "b", "c") + String.format("%2$s %1$s %2$s", "x", "y"));
        System.out.println(String.format("%-8s|%8s|%08.3f|%+,d", "left", "right", 3.14159, 1000000));
        System.out.println("%d items cost %.2f".formatted(3, 9.5));
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            table.append(String.format("%3d | %-6s | %8.3f | %5x%n", i * i * i, "r" + i, Math.sqrt(i), i * 1000));
        }
        System.out.print(table);
        System.out.printf("printf %d %s %.1f%n", 7, "ok", 0.25);
        System.out.println(String.format("[%5.1f%%]", 99.44));
        System.out.println(String.format("[%,d] [%,d] [%,d]", 999, 1000, 0));
        System.out.println(String.format("[%.2f] [%.2f] [%.2f] [%.2f]", 0.125, 0.375, 2.675, 1.005));
        System.out.println(String.format("[%10.4e] [%-12.2E|]", 123456789.0, 6.02e23));
        try {
            String.format("%d", "notanumber");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
