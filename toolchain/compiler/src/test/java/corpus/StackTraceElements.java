package corpus;

public class StackTraceElements {
    static int helper(int x) {
        if (x > 2) {
            throw new IllegalStateException("x=" + x);
        }
        return helper(x + 1);
    }

    static void instanceMethodCaller() {
        new StackTraceElements().instanceThrower();
    }

    void instanceThrower() {
        int[] arr = new int[1];
        arr[2] = 5;
    }

    static Throwable create() {
        return new RuntimeException("created, not thrown");
    }

    public static void main(String[] args) {
        try {
            helper(0);
        } catch (IllegalStateException e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(e.getMessage());
            for (int i = 0; i < 5; i++) {
                System.out.println(st[i].getMethodName() + ":" + st[i].getLineNumber() + " " + st[i].getClassName() + " " + st[i].getFileName());
            }
        }
        try {
            instanceMethodCaller();
        } catch (ArrayIndexOutOfBoundsException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top.getMethodName() + " line " + top.getLineNumber());
            System.out.println(e.getStackTrace()[1].getMethodName() + " line " + e.getStackTrace()[1].getLineNumber());
        }
        Throwable t = create();
        System.out.println(t.getStackTrace()[0].getMethodName() + " " + t.getStackTrace()[0].getLineNumber() + " " + t.getStackTrace()[1].getMethodName());
        try {
            Object o = null;
            o.hashCode();
        } catch (NullPointerException e) {
            System.out.println("npe at line " + e.getStackTrace()[0].getLineNumber() + " in " + e.getStackTrace()[0].getMethodName());
        }
        try {
            throw new Error("direct");
        } catch (Error e) {
            StackTraceElement s = e.getStackTrace()[0];
            System.out.println(s.getMethodName() + " " + s.getLineNumber() + " " + s.isNativeMethod());
        }
    }
}
