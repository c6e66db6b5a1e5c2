package corpus;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class MiscUtilities {
    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } }, BLUE }
    enum Other { X }

    static class Recorder extends OutputStream {
        final StringBuilder log = new StringBuilder();
        boolean failFlush, failClose;

        @Override
        public void write(int b) {
            log.append("w").append(b).append(' ');
        }

        @Override
        public void flush() throws IOException {
            log.append("flush ");
            if (failFlush) throw new IOException("flush failed");
        }

        @Override
        public void close() throws IOException {
            log.append("close ");
            if (failClose) throw new IOException("close failed");
        }
    }

    static void tokens(StringTokenizer st) {
        StringBuilder sb = new StringBuilder();
        sb.append(st.countTokens()).append(':');
        while (st.hasMoreTokens()) sb.append('[').append(st.nextToken()).append(']');
        System.out.println(sb);
    }

    static String closeOutcome(Recorder r) {
        FilterOutputStream f = new FilterOutputStream(r);
        String outcome;
        try {
            f.close();
            outcome = "ok";
        } catch (IOException e) {
            outcome = e.getMessage() + " suppressed " + Arrays.toString(e.getSuppressed());
        }
        try {
            f.close();
        } catch (IOException e) {
            outcome += " again " + e.getMessage();
        }
        return r.log + "-> " + outcome;
    }

    public static void main(String[] args) throws IOException {
        tokens(new StringTokenizer("  the quick\tbrown\n\nfox  "));
        tokens(new StringTokenizer("a,b,,c,", ","));
        tokens(new StringTokenizer("a,b,,c,", ",", true));
        tokens(new StringTokenizer("x=1; y = 2;z", "=; ", true));
        tokens(new StringTokenizer("", ","));
        tokens(new StringTokenizer(",,,", ","));
        tokens(new StringTokenizer(",,,", ",", true));
        tokens(new StringTokenizer("a\uD83D\uDE00b\uD83D\uDE00\uD83D\uDE01c", "\uD83D\uDE00"));
        tokens(new StringTokenizer("a\uD83D\uDE00b\uD83D\uDE01c", "\uD83D\uDE00", true));
        StringTokenizer sw = new StringTokenizer("key=value;other=thing", "=");
        System.out.println(sw.nextToken() + " | " + sw.nextToken(";") + " | " + sw.hasMoreElements() + " | " + sw.nextElement() + " | " + sw.countTokens());
        StringTokenizer drained = new StringTokenizer("ab;;cd", ";");
        drained.nextToken();
        drained.nextToken();
        try {
            drained.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("no more: " + e.getMessage());
        }
        StringTokenizer moved = new StringTokenizer("a;;bb", "b");
        System.out.println(moved.nextToken() + " " + moved.hasMoreTokens());
        try {
            moved.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("then: " + moved.hasMoreTokens());
        }
        try {
            System.out.println(moved.nextToken(";"));
        } catch (NoSuchElementException e) {
            System.out.println("after a delimiter change: none");
        }
        StringTokenizer swapped = new StringTokenizer("a b;c d", " ");
        System.out.println(swapped.nextToken() + "|" + swapped.nextToken(";") + "|" + swapped.nextToken() + "|" + swapped.hasMoreTokens());
        StringTokenizer nul = new StringTokenizer("abc", null);
        try {
            nul.hasMoreTokens();
        } catch (NullPointerException e) {
            System.out.println("null delimiters: " + e.getMessage());
        }

        IntSummaryStatistics is = IntStream.of(5, -3, Integer.MAX_VALUE, Integer.MAX_VALUE, 0).summaryStatistics();
        System.out.println(is + " " + is.getSum() + " " + is.getAverage());
        IntSummaryStatistics other = new IntSummaryStatistics(3, -10, 10, 4);
        is.combine(other);
        System.out.println(is + " " + new IntSummaryStatistics());
        LongSummaryStatistics ls = LongStream.of(Long.MAX_VALUE, 1, -7).summaryStatistics();
        ls.accept(3);
        System.out.println(ls + " " + ls.getAverage() + " " + new LongSummaryStatistics(0, 9, 1, 5));
        for (long[] c : new long[][]{{-1, 1, 2}, {2, 5, 1}}) {
            try {
                new LongSummaryStatistics(c[0], c[1], c[2], 0);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        double[][] seqs = {
                {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7},
                {1e308, 1e308, -1e308},
                {1e16, 1.0, -1e16, 1.0, 3.0},
                {Double.NaN, 1.0, 2.0},
                {Double.POSITIVE_INFINITY, 1.0},
                {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY},
                {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE},
                {-0.0, 0.0, -0.0},
                {-0.0},
                {4.9e-324, 4.9e-324, 1e-310},
                {1e-17, 1.0, 1e-17, 1e-17, 1e-17, -1.0},
                {},
        };
        for (double[] seq : seqs) {
            DoubleSummaryStatistics ds = DoubleStream.of(seq).summaryStatistics();
            System.out.println(ds + " " + ds.getSum() + " " + ds.getAverage() + " " + ds.getMin() + " " + ds.getMax()
                    + " " + DoubleStream.of(seq).sum() + " " + DoubleStream.of(seq).average());
        }
        DoubleSummaryStatistics left = DoubleStream.of(1e16, 0.1, 0.2).summaryStatistics();
        DoubleSummaryStatistics right = DoubleStream.of(-1e16, 0.3, 1e-5).summaryStatistics();
        left.combine(right);
        System.out.println(left.getSum() + " " + left.getAverage() + " " + left.getCount());
        DoubleSummaryStatistics given = new DoubleSummaryStatistics(2, -1.5, 9.25, 0.1);
        given.accept(0.2);
        given.accept(1e20);
        given.accept(-1e20);
        System.out.println(given + " " + given.getSum());
        double nan = Double.NaN;
        double[][] bad = {{-1, 0, 0, 0}, {2, 5, 1, 3}, {2, nan, 1, 3}, {2, 1, 3, nan}, {2, 3, 1, nan}, {0, 9, 1, nan}};
        for (double[] c : bad) {
            try {
                System.out.println(new DoubleSummaryStatistics((long) c[0], c[1], c[2], c[3]));
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(new DoubleSummaryStatistics(2, nan, nan, nan));

        Recorder rec = new Recorder();
        FilterOutputStream f = new FilterOutputStream(rec);
        f.write(65);
        f.write(new byte[]{1, 2, 3, 4}, 1, 2);
        f.write(new byte[]{9});
        for (int[] c : new int[][]{{1, 5}, {-1, 1}, {0, -1}, {3, 0}}) {
            try {
                f.write(new byte[2], c[0], c[1]);
                System.out.println("wrote " + c[0] + "," + c[1]);
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        f.flush();
        System.out.println(rec.log);
        Recorder r1 = new Recorder();
        System.out.println(closeOutcome(r1));
        Recorder r2 = new Recorder();
        r2.failFlush = true;
        r2.failClose = true;
        System.out.println(closeOutcome(r2));
        Recorder r3 = new Recorder();
        r3.failClose = true;
        System.out.println(closeOutcome(r3));
        Recorder r4 = new Recorder();
        r4.failFlush = true;
        System.out.println(closeOutcome(r4));
        OutputStream none = OutputStream.nullOutputStream();
        none.write(1);
        none.write(new byte[3], 1, 2);
        none.flush();
        try {
            none.write(new byte[3], 2, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        none.close();
        none.close();
        for (Runnable r : new Runnable[]{() -> write(none, 1), () -> write(none, new byte[2])}) {
            try {
                r.run();
            } catch (RuntimeException e) {
                System.out.println(e.getCause().getMessage());
            }
        }
        try {
            none.write(new byte[3], 2, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bounds first: " + e.getMessage());
        }

        StringBuilder seq = new StringBuilder("ab\uD83D\uDE00c\uD800");
        CharSequence custom = new CharSequence() {
            @Override public int length() { return seq.length(); }
            @Override public char charAt(int index) { return seq.charAt(index); }
            @Override public CharSequence subSequence(int start, int end) { return seq.subSequence(start, end); }
            @Override public String toString() { return seq.toString(); }
        };
        System.out.println(Arrays.toString(custom.chars().toArray()) + " " + Arrays.toString(custom.codePoints().toArray())
                + " " + custom.isEmpty() + " " + custom.codePoints().count());
        char[] dst = new char[8];
        Arrays.fill(dst, '.');
        custom.getChars(1, 4, dst, 2);
        System.out.println(new String(dst));
        int[][] gc = {{-1, 2, 0}, {3, 1, 0}, {0, 7, 0}, {0, 4, 5}, {0, 2, -1}, {2, 2, 9}, {2, 2, 8}};
        for (int[] c : gc) {
            try {
                custom.getChars(c[0], c[1], dst, c[2]);
                System.out.println("copied " + new String(dst));
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(CharSequence.compare("a", "c") + " " + CharSequence.compare("abc", "ab") + " "
                + CharSequence.compare(new StringBuilder("\uffff"), "a") + " " + CharSequence.compare(custom, custom) + " "
                + CharSequence.compare("", "") + " " + CharSequence.compare(custom, "ab"));
        try {
            CharSequence.compare(null, null);
        } catch (NullPointerException e) {
            System.out.println("compare null: " + e.getMessage());
        }

        System.out.println(Color.GREEN + " " + Color.GREEN.name() + " " + Color.GREEN.ordinal() + " " + Color.GREEN.getDeclaringClass().getSimpleName()
                + " " + (Color.GREEN.getClass() == Color.class) + " " + Color.BLUE.compareTo(Color.RED) + " " + Color.RED.compareTo(Color.GREEN)
                + " " + Enum.valueOf(Color.class, "BLUE") + " " + Color.valueOf("GREEN") + " " + Color.RED.equals(Color.RED));
        try {
            Enum.valueOf(Color.class, "PINK");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Enum.valueOf(Color.class, null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable raw = Color.RED;
        try {
            raw.compareTo(Other.X);
        } catch (ClassCastException e) {
            System.out.println("cce " + e.getMessage());
        }

        PrimitiveIterator.OfInt ints = IntStream.range(0, 5).iterator();
        System.out.println(ints.next() + " " + ints.nextInt());
        List<Object> seen = new ArrayList<>();
        ints.forEachRemaining((Consumer<Integer>) seen::add);
        IntConsumer both = new IntConsumer() {
            @Override public void accept(int v) { seen.add("int " + v); }
        };
        PrimitiveIterator.OfLong longs = LongStream.of(7, 8).iterator();
        longs.forEachRemaining((Consumer<Long>) seen::add);
        PrimitiveIterator.OfDouble doubles = DoubleStream.of(0.5, 1.5).iterator();
        System.out.println(doubles.next());
        doubles.forEachRemaining((DoubleConsumer) d -> seen.add("d" + d));
        IntStream.of(3, 4).iterator().forEachRemaining(both);
        System.out.println(seen);
        try {
            IntStream.empty().iterator().forEachRemaining((IntConsumer) null);
        } catch (NullPointerException e) {
            System.out.println("npe for null action");
        }
        try {
            IntStream.empty().iterator().forEachRemaining((Consumer<Integer>) null);
        } catch (NullPointerException e) {
            System.out.println("npe for null boxed action");
        }
    }

    static void write(OutputStream out, int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static void write(OutputStream out, byte[] b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
