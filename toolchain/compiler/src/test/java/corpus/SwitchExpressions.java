package corpus;

public class SwitchExpressions {
    enum Size { S, M, L, XL }

    static int score(String grade) {
        return switch (grade) {
            case "A" -> 4;
            case "B" -> 3;
            case "C" -> 2;
            default -> {
                if (grade.startsWith("D")) yield 1;
                yield 0;
            }
        };
    }

    static String size(Size s) {
        String r = switch (s) {
            case S: yield "small";
            case M: yield "medium";
            case L:
            case XL: {
                String base = "large";
                yield s == Size.XL ? "extra " + base : base;
            }
        };
        return r;
    }

    static long weird(int k) {
        long v = switch (k % 4) {
            case 0 -> 1L << k;
            case 1 -> -k;
            case 2 -> (long) k * k * k;
            default -> throw new IllegalArgumentException("k=" + k);
        };
        return v;
    }

    static double dbl(char c) {
        return switch (c) {
            case 'h' -> 0.5;
            case 'q' -> 0.25;
            default -> 1;
        };
    }

    public static void main(String[] args) {
        for (String g : new String[]{"A", "B", "C", "D+", "F", "DD"}) System.out.println(g + " " + score(g));
        for (Size s : Size.values()) System.out.println(s + " " + size(s));
        for (int k = 0; k < 8; k++) {
            try {
                System.out.println(k + " " + weird(k));
            } catch (IllegalArgumentException e) {
                System.out.println(k + " " + e.getMessage());
            }
        }
        System.out.println(dbl('h') + dbl('q') + dbl('z'));
        int x = 3;
        int y = switch (x) { case 1 -> 10; case 3 -> switch (x * 2) { case 6 -> 66; default -> 0; }; default -> -1; };
        System.out.println(y);
        boolean b = switch (y) { case 66 -> true; default -> false; };
        System.out.println(b);
        String nested = "v" + switch (x) { case 3 -> 'c'; default -> 'z'; } + switch (y) { case 66 -> 6.6; default -> 0.0; };
        System.out.println(nested);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += switch (i) {
                case 0, 1, 2 -> i;
                case 3, 4 -> { int t = i * 10; yield t; }
                default -> 1000;
            };
        }
        System.out.println(sum);
        Object o = 42;
        String r = switch (o) {
            case Integer i when i > 40 -> "large " + i;
            case Integer i -> "small " + i;
            default -> "other";
        };
        System.out.println(r);
    }
}
