package corpus;

public class UncaughtCustomException {
    static class BankException extends Exception {
        BankException(String message) { super(message); }
    }

    static class InsufficientFunds extends BankException {
        final long missing;

        InsufficientFunds(long missing) {
            super("missing " + missing + " cents");
            this.missing = missing;
        }
    }

    static long balance = 1000;

    static void withdraw(long amount) throws BankException {
        if (amount > balance) throw new InsufficientFunds(amount - balance);
        balance -= amount;
        System.out.println("withdrew " + amount + ", balance " + balance);
    }

    public static void main(String[] args) throws Exception {
        withdraw(300);
        withdraw(600);
        try {
            withdraw(500);
        } catch (InsufficientFunds e) {
            System.out.println("caught: " + e.getMessage() + " (" + e.missing + ")");
        }
        withdraw(100);
        withdraw(1);
        System.out.println("not printed");
    }
}
