package corpus;

public class InitializerError {
    static class Bad {
        static int value = compute();

        static int compute() {
            System.out.println("Bad.<clinit> running");
            if (value == 0) throw new IllegalStateException("boom in static init");
            return 1;
        }

        static void hello() { System.out.println("hello from Bad"); }
    }

    static class BadChecked {
        static final Object X;

        static {
            System.out.println("BadChecked.<clinit> running");
            Object[] arr = new Object[0];
            X = arr[1];
        }
    }

    static class Good {
        static { System.out.println("Good.<clinit> running"); }
        static int v = 5;
    }

    public static void main(String[] args) {
        try {
            Bad.hello();
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getClass().getName() + " msg=" + e.getMessage());
            Throwable c = e.getCause();
            System.out.println("cause: " + c.getClass().getName() + ": " + c.getMessage());
            System.out.println("getException same as cause: " + (e.getException() == c));
        }
        try {
            System.out.println(Bad.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            System.out.println("third: " + e.getMessage());
        }
        try {
            System.out.println(BadChecked.X);
        } catch (ExceptionInInitializerError e) {
            System.out.println("BadChecked: " + e.getCause());
        }
        try {
            System.out.println(BadChecked.X);
        } catch (Throwable e) {
            System.out.println("BadChecked again: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.println(Good.v + Good.v);
        Error err = new ExceptionInInitializerError("plain message");
        System.out.println(err.getMessage() + " " + err.getCause());
    }
}
