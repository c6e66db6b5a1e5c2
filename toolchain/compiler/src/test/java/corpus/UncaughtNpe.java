package corpus;

public class UncaughtNpe {
    static String lookup(int k) {
        return k % 3 == 0 ? null : "key" + k;
    }

    public static void main(String[] args) {
        int total = 0;
        for (int k = 1; k <= 5; k++) {
            String s = lookup(k);
            System.out.println("k=" + k + " len=" + s.length());
            total += s.length();
        }
        System.out.println(total);
    }
}
