package corpus;

public class ExceptionsAcrossFrames {
    static class AppException extends Exception {
        final int code;

        AppException(String msg, int code) {
            super(msg);
            this.code = code;
        }
    }

    static class Resource {
        final String name;
        Resource(String name) { this.name = name; }
    }

    static int level3(int x) throws AppException {
        if (x < 0) throw new AppException("negative: " + x, 42);
        if (x == 0) return 10 / x;
        if (x == 1) {
            Object o = "str";
            return ((Integer) o);
        }
        if (x == 2) {
            Resource r = null;
            return r.name.length();
        }
        return x * 3;
    }

    static int level2(int x) throws AppException {
        try {
            return level3(x) + 1;
        } finally {
            System.out.println("  level2 finally for " + x);
        }
    }

    static int level1(int x) {
        try {
            return level2(x);
        } catch (AppException e) {
            System.out.println("  level1 caught AppException " + e.getMessage() + " code=" + e.code);
            return -e.code;
        }
    }

    static void rethrow(int x) {
        try {
            level1(x);
        } catch (RuntimeException e) {
            throw new IllegalStateException("wrapped " + e.getClass().getSimpleName(), e);
        }
    }

    public static void main(String[] args) {
        int[] inputs = {5, -1, 0, 1, 2, 7};
        for (int x : inputs) {
            try {
                System.out.println("result " + level1(x));
            } catch (ArithmeticException e) {
                System.out.println("main caught arithmetic: " + e.getMessage());
            } catch (ClassCastException e) {
                System.out.println("main caught CCE");
            } catch (NullPointerException e) {
                System.out.println("main caught NPE");
            }
        }
        for (int x : new int[]{0, 3}) {
            try {
                rethrow(x);
                System.out.println("no exception for " + x);
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage() + " cause=" + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            }
        }
        Throwable t = new Exception("top", new RuntimeException("middle", new Error("bottom")));
        while (t != null) {
            System.out.println(t);
            t = t.getCause();
        }
        try {
            throw new AppException("checked", 1);
        } catch (Exception e) {
            System.out.println(e instanceof AppException ? "is AppException" : "no");
            System.out.println(e);
        }
    }
}
