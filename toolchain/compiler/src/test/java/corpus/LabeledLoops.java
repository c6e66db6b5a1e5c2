package corpus;

public class LabeledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        for (int a = 1; a < 50; a++) {
            for (int b = a; b < 50; b++) {
                for (int c = b; c < 50; c++) {
                    if (a * a + b * b == c * c && a + b + c > 30) {
                        found = a * 10000 + b * 100 + c;
                        break search;
                    }
                }
            }
        }
        System.out.println("triple " + found);
        int n = 0;
        block:
        {
            n++;
            if (n > 0) break block;
            n = 100;
        }
        System.out.println("block n=" + n);
        int count = 0;
        int i = 0;
        loop:
        while (true) {
            i++;
            switch (i % 4) {
                case 0:
                    continue loop;
                case 3:
                    if (i > 20) break loop;
                    break;
                default:
                    count += i;
            }
        }
        System.out.println("count " + count + " i " + i);
        StringBuilder primes = new StringBuilder();
        candidates:
        for (int p = 2; p < 60; p++) {
            for (int d = 2; d * d <= p; d++) {
                if (p % d == 0) continue candidates;
            }
            primes.append(p).append(',');
        }
        System.out.println(primes);
        int k = 0;
        do {
            k++;
            if (k % 2 == 0) continue;
            System.out.print("odd" + k + " ");
        } while (k < 7);
        System.out.println();
        int x = 0;
        first:
        do {
            second:
            for (;;) {
                x += 3;
                if (x % 2 == 0) break second;
                if (x > 20) break first;
            }
            x++;
        } while (x < 100);
        System.out.println("x=" + x);
        int total = 0;
        rows:
        for (int[] row : new int[][]{{1, 2, -1, 4}, {5, 6}, {-7, 8}, {9}}) {
            for (int v : row) {
                if (v < 0) continue rows;
                total += v;
            }
        }
        System.out.println("total " + total);
    }
}
