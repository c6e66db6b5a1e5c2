package corpus;

public class UncaughtArrayIndex {
    public static void main(String[] args) {
        int[] squares = new int[5];
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
        int sum = 0;
        for (int i = 0; i <= squares.length; i++) {
            sum += squares[i];
            System.out.println("sum after " + i + " = " + sum);
        }
        System.out.println("done " + sum);
    }
}
