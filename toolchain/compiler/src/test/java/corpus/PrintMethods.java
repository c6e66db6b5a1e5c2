package corpus;

public class PrintMethods {
    public static void main(String[] args) {
        System.out.print('c');
        System.out.print(1);
        System.out.print(2L);
        System.out.print(1.5f);
        System.out.print(2.5);
        System.out.print(true);
        System.out.print(new char[]{'x', 'y'});
        System.out.print((String) null);
        System.out.print((Object) null);
        System.out.print("str");
        System.out.println();
        System.out.println('c');
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Long.MIN_VALUE);
        System.out.println(Float.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        System.out.println(false);
        System.out.println(new char[]{'a', '\u00e9', '\u4e2d'});
        System.out.println((String) null);
        System.out.println((Object) null);
        System.out.println(new StringBuilder("builder"));
        System.out.println(java.util.List.of(1, 2));
        try {
            System.out.println((char[]) null);
        } catch (NullPointerException e) {
            System.out.println("NPE printing null char[]");
        }
        System.out.printf("%s|%5d|%-5s|%n", "fmt", 42, "ab");
        System.out.format("%.3f%n", 2.0 / 3);
        System.out.append("appended").append(' ').append("cs", 0, 1).append('\n');
        System.out.print("no newline at first, ");
        System.out.println("then newline");
        System.out.print("tab\tand\\backslash\n");
        System.out.write('W');
        System.out.write('\n');
        System.out.println("\u00e9\u00e8\u00ea \u4e2d\u6587 \ud83d\ude80");
        System.out.println("last line without trailing newline follows");
        System.out.print("end");
    }
}
