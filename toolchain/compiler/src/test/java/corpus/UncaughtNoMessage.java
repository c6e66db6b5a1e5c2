package corpus;

public class UncaughtNoMessage {
    static class QuietFailure extends RuntimeException {
        final int code;

        QuietFailure(int code) { this.code = code; }

        @Override public String toString() { return "QuietFailure(code=" + code + ")"; }
    }

    public static void main(String[] args) {
        try {
            throw new RuntimeException();
        } catch (RuntimeException e) {
            System.out.println("caught: " + e);
        }
        try {
            throw new QuietFailure(1);
        } catch (QuietFailure e) {
            System.out.println("caught: " + e + " message=" + e.getMessage());
        }
        System.out.println("now throwing for real");
        throw new QuietFailure(7);
    }
}
