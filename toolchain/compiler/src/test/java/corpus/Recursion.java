package corpus;

import java.util.*;

public class Recursion {
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static long memo[] = new long[100];

    static long fibMemo(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1) + fibMemo(n - 2);
    }

    static void hanoi(int n, char from, char to, char via, List<String> moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.add(n + ":" + from + to);
        hanoi(n - 1, via, to, from, moves);
    }

    static void permutations(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }

    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    static int queens(int n, int row, int[] cols) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (cols[r] == c || Math.abs(cols[r] - c) == row - r) { ok = false; break; }
            }
            if (ok) {
                cols[row] = c;
                count += queens(n, row + 1, cols);
            }
        }
        return count;
    }

    static String binary(int n) { return n < 2 ? String.valueOf(n) : binary(n / 2) + n % 2; }

    public static void main(String[] args) {
        for (int i = 0; i <= 25; i += 5) System.out.println("fib(" + i + ") = " + fib(i));
        System.out.println("fibMemo(90) = " + fibMemo(90));
        for (int m = 0; m <= 3; m++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 0; n <= 4; n++) sb.append(ackermann(m, n)).append(' ');
            System.out.println("ack(" + m + ", 0..4) = " + sb);
        }
        List<String> moves = new ArrayList<>();
        hanoi(4, 'A', 'C', 'B', moves);
        System.out.println(moves.size() + " " + moves);
        List<String> perms = new ArrayList<>();
        permutations("", "abcd", perms);
        System.out.println(perms.size() + " " + perms);
        System.out.println(isEven(100) + " " + isOdd(77) + " " + isEven(7));
        System.out.println(depth(5000));
        for (int n = 4; n <= 8; n++) System.out.println(n + " queens: " + queens(n, 0, new int[n]));
        System.out.println(binary(1023) + " " + binary(6) + " " + binary(0));
    }
}
