package jos.aot.cgen.npe;

import java.util.List;
import java.util.function.Supplier;

/**
 * NPE fixtures where HotSpot's backwards analysis meets control flow: merges, loops, handlers,
 * switches, synthetic locals, lambdas and string concatenation.
 */
@SuppressWarnings({"null", "unused", "ConstantConditions"})
public final class Flow {
    String name;
    Flow next;
    int[] ints;
    static String staticName;

    enum Color { RED, GREEN }

    interface Holder {
        String X = System.getProperty("no.such.property.jos");
    }

    static String nothing() {
        return null;
    }

    static void ternaryReceiver(boolean b, String s, String t) {
        (b ? s : t).length();
    }

    public static void npeTernaryReceiver() {
        ternaryReceiver(true, null, null);
    }

    static void ternaryArgument(boolean b, Flow f) {
        f.take(b ? 1 : 2, b ? "x" : "y");
    }

    void take(int a, String b) {
    }

    public static void npeTernaryArgument() {
        ternaryArgument(true, null);
    }

    static void ternaryIndex(String[] a, boolean b) {
        a[b ? 0 : 1].length();
    }

    public static void npeTernaryIndex() {
        ternaryIndex(new String[2], true);
    }

    static void reassignedInLoop(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (i == 1) {
                s.length();
            }
            s = null;
        }
    }

    public static void npeReassignedInLoop() {
        reassignedInLoop("x", 3);
    }

    static void reassignedBefore(String s) {
        s = nothing();
        s.length();
    }

    public static void npeReassignedBefore() {
        reassignedBefore("x");
    }

    static void reassignedInBranch(String s, boolean b) {
        if (b) {
            s = null;
        }
        s.length();
    }

    public static void npeReassignedInBranch() {
        reassignedInBranch(null, false);
    }

    static void inHandler(String s) {
        s = null;
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            s.length();
        }
    }

    public static void npeInHandler() {
        inHandler("x");
    }

    static void handlerVariable() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            e = null;
            e.getMessage();
        }
    }

    public static void npeHandlerVariable() {
        handlerVariable();
    }

    static void inFinally(Flow f, boolean fail) {
        try {
            if (fail) throw new IllegalStateException();
        } finally {
            f.name.length();
        }
    }

    public static void npeInFinallyNormalPath() {
        inFinally(new Flow(), false);
    }

    static void afterSwitch(int k, String s) {
        switch (k) {
            case 1 -> s = "one";
            case 2 -> s = "two";
            default -> { }
        }
        s.length();
    }

    public static void npeAfterSwitch() {
        afterSwitch(7, null);
    }

    static void afterLookupSwitch(int k, String s) {
        switch (k) {
            case 1 -> s = "one";
            case 1000 -> s = "thousand";
            default -> { }
        }
        s.length();
    }

    public static void npeAfterLookupSwitch() {
        afterLookupSwitch(7, null);
    }

    static void switchExpressionArgument(Flow f, int k) {
        f.take(k, switch (k) {
            case 1 -> "a";
            case 2 -> "b";
            default -> "c";
        });
    }

    public static void npeSwitchExpressionArgument() {
        switchExpressionArgument(null, 2);
    }

    static void stringSwitch(String s) {
        switch (s) {
            case "a" -> staticName = "a";
            default -> staticName = "b";
        }
    }

    public static void npeStringSwitch() {
        stringSwitch(null);
    }

    static void enumSwitch(Color c) {
        switch (c) {
            case RED -> staticName = "r";
            default -> staticName = "g";
        }
    }

    public static void npeEnumSwitch() {
        enumSwitch(null);
    }

    static void forEachArray(String[] a) {
        for (String s : a) {
            staticName = s;
        }
    }

    public static void npeForEachArray() {
        forEachArray(null);
    }

    static void forEachList(List<String> l) {
        for (String s : l) {
            staticName = s;
        }
    }

    public static void npeForEachList() {
        forEachList(null);
    }

    static void forEachElement(String[] a) {
        for (String s : a) {
            s.length();
        }
    }

    public static void npeForEachElement() {
        forEachElement(new String[] {"a", null});
    }

    static void whileLoop(Flow f) {
        while (f != null) {
            f = f.next;
            f.name.length();
        }
    }

    public static void npeWhileLoop() {
        Flow f = new Flow();
        f.next = new Flow();
        whileLoop(f);
    }

    static void doWhile(Flow f) {
        do {
            f.name.length();
            f = f.next;
        } while (true);
    }

    public static void npeDoWhile() {
        Flow f = new Flow();
        f.name = "a";
        doWhile(f);
    }

    static void reusedSlot(boolean b) {
        {
            String first = "x";
            first.length();
        }
        {
            String second = null;
            second.length();
        }
    }

    public static void npeReusedSlot() {
        reusedSlot(true);
    }

    static void shortCircuit(Flow f, String s) {
        if (s == null || f.name.isEmpty()) {
            staticName = "x";
        }
    }

    public static void npeShortCircuit() {
        shortCircuit(null, "x");
    }

    static void concatBelow(Flow f, String s) {
        f.take(1, s + "!");
    }

    public static void npeConcatBelow() {
        concatBelow(null, "x");
    }

    static void concatThenDeref(Flow f, int i) {
        String s = "n" + i;
        f.name = s;
    }

    public static void npeConcatThenDeref() {
        concatThenDeref(null, 3);
    }

    static void lambdaBody(String s) {
        Runnable r = () -> s.length();
        r.run();
    }

    public static void npeLambdaBody() {
        lambdaBody(null);
    }

    static void lambdaResult(Supplier<String> sup) {
        sup.get().length();
    }

    public static void npeLambdaResult() {
        lambdaResult(() -> null);
    }

    static void interfaceField() {
        Holder.X.length();
    }

    public static void npeInterfaceField() {
        interfaceField();
    }

    static void checkcast(Object o) {
        ((String) o).length();
    }

    public static void npeCheckcast() {
        checkcast(null);
    }

    static void longLocals(long a, double b, String s) {
        long c = a + 1;
        s.length();
    }

    public static void npeLongLocals() {
        longLocals(1L, 2.0, null);
    }

    static void dupX(Flow f, int[] a) {
        f.ints[0] = a[1] = 5;
    }

    public static void npeDupX() {
        dupX(new Flow(), null);
    }

    static void dup2X(long[] a, long[] b) {
        a[0] = b[0] = 5L;
    }

    public static void npeDup2X() {
        dup2X(new long[1], null);
    }

    static void postIncrementIndex(String[] a, int i) {
        a[i++].length();
    }

    public static void npePostIncrementIndex() {
        postIncrementIndex(new String[3], 0);
    }

    static void assignThenUse(Flow f) {
        Flow g = f.next;
        g.name.length();
    }

    public static void npeAssignThenUse() {
        Flow f = new Flow();
        f.next = new Flow();
        assignThenUse(f);
    }

    static void nestedTry(String s) {
        try {
            try {
                throw new IllegalStateException();
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            s.length();
        }
    }

    public static void npeNestedTry() {
        nestedTry(null);
    }

    static void manyParams(int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8, int p9, int p10,
                           int p11, int p12, int p13, int p14, int p15, int p16, int p17, int p18, int p19, int p20,
                           int p21, int p22, int p23, int p24, int p25, int p26, int p27, int p28, int p29, int p30,
                           long p31, long p32, long p33, long p34, long p35, long p36, long p37, long p38, long p39,
                           long p40, long p41, long p42, long p43, long p44, long p45, long p46, long p47,
                           String late) {
        late.length();
    }

    public static void npeManyParams() {
        manyParams(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, null);
    }

    static void wideLocals() {
        long a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9, a10 = 10, a11 = 11, a12 = 12, a13 = 13, a14 = 14, a15 = 15, a16 = 16, a17 = 17, a18 = 18, a19 = 19, a20 = 20, a21 = 21, a22 = 22, a23 = 23, a24 = 24, a25 = 25, a26 = 26, a27 = 27, a28 = 28, a29 = 29, a30 = 30, a31 = 31, a32 = 32, a33 = 33, a34 = 34, a35 = 35, a36 = 36, a37 = 37, a38 = 38, a39 = 39, a40 = 40, a41 = 41, a42 = 42, a43 = 43, a44 = 44, a45 = 45, a46 = 46, a47 = 47, a48 = 48, a49 = 49, a50 = 50, a51 = 51, a52 = 52, a53 = 53, a54 = 54, a55 = 55, a56 = 56, a57 = 57, a58 = 58, a59 = 59, a60 = 60, a61 = 61, a62 = 62, a63 = 63, a64 = 64, a65 = 65, a66 = 66, a67 = 67, a68 = 68, a69 = 69, a70 = 70, a71 = 71, a72 = 72, a73 = 73, a74 = 74, a75 = 75, a76 = 76, a77 = 77, a78 = 78, a79 = 79, a80 = 80, a81 = 81, a82 = 82, a83 = 83, a84 = 84, a85 = 85, a86 = 86, a87 = 87, a88 = 88, a89 = 89, a90 = 90, a91 = 91, a92 = 92, a93 = 93, a94 = 94, a95 = 95, a96 = 96, a97 = 97, a98 = 98, a99 = 99, a100 = 100, a101 = 101, a102 = 102, a103 = 103, a104 = 104, a105 = 105, a106 = 106, a107 = 107, a108 = 108, a109 = 109, a110 = 110, a111 = 111, a112 = 112, a113 = 113, a114 = 114, a115 = 115, a116 = 116, a117 = 117, a118 = 118, a119 = 119, a120 = 120, a121 = 121, a122 = 122, a123 = 123, a124 = 124, a125 = 125, a126 = 126, a127 = 127, a128 = 128, a129 = 129;
        String far = nothing();
        int[] farArray = new int[4];
        int farIndex = 2;
        String[] strings = new String[4];
        strings[farIndex].length();
    }

    public static void npeWideLocals() {
        wideLocals();
    }

    static void wideLocalNull() {
        long a0 = 0, a1 = 1, a2 = 2, a3 = 3, a4 = 4, a5 = 5, a6 = 6, a7 = 7, a8 = 8, a9 = 9, a10 = 10, a11 = 11, a12 = 12, a13 = 13, a14 = 14, a15 = 15, a16 = 16, a17 = 17, a18 = 18, a19 = 19, a20 = 20, a21 = 21, a22 = 22, a23 = 23, a24 = 24, a25 = 25, a26 = 26, a27 = 27, a28 = 28, a29 = 29, a30 = 30, a31 = 31, a32 = 32, a33 = 33, a34 = 34, a35 = 35, a36 = 36, a37 = 37, a38 = 38, a39 = 39, a40 = 40, a41 = 41, a42 = 42, a43 = 43, a44 = 44, a45 = 45, a46 = 46, a47 = 47, a48 = 48, a49 = 49, a50 = 50, a51 = 51, a52 = 52, a53 = 53, a54 = 54, a55 = 55, a56 = 56, a57 = 57, a58 = 58, a59 = 59, a60 = 60, a61 = 61, a62 = 62, a63 = 63, a64 = 64, a65 = 65, a66 = 66, a67 = 67, a68 = 68, a69 = 69, a70 = 70, a71 = 71, a72 = 72, a73 = 73, a74 = 74, a75 = 75, a76 = 76, a77 = 77, a78 = 78, a79 = 79, a80 = 80, a81 = 81, a82 = 82, a83 = 83, a84 = 84, a85 = 85, a86 = 86, a87 = 87, a88 = 88, a89 = 89, a90 = 90, a91 = 91, a92 = 92, a93 = 93, a94 = 94, a95 = 95, a96 = 96, a97 = 97, a98 = 98, a99 = 99, a100 = 100, a101 = 101, a102 = 102, a103 = 103, a104 = 104, a105 = 105, a106 = 106, a107 = 107, a108 = 108, a109 = 109, a110 = 110, a111 = 111, a112 = 112, a113 = 113, a114 = 114, a115 = 115, a116 = 116, a117 = 117, a118 = 118, a119 = 119, a120 = 120, a121 = 121, a122 = 122, a123 = 123, a124 = 124, a125 = 125, a126 = 126, a127 = 127, a128 = 128, a129 = 129;
        String far = nothing();
        far.length();
    }

    public static void npeWideLocalNull() {
        wideLocalNull();
    }

    static void ternaryFieldChain(boolean b, Flow x, Flow y) {
        (b ? x : y).name.length();
    }

    public static void npeTernaryFieldChain() {
        ternaryFieldChain(true, new Flow(), null);
    }

    static void ternaryArray(boolean b, String[] x, String[] y) {
        (b ? x : y)[0].length();
    }

    public static void npeTernaryArray() {
        ternaryArray(false, null, new String[1]);
    }

    static void deepArray(String[][][][][][] a) {
        a[0][1][0][1][0][1].length();
    }

    public static void npeDeepArray() {
        String[][][][][][] a = new String[1][2][1][2][1][2];
        deepArray(a);
    }

    static void nullInTernaryBranch(boolean b, String s) {
        (b ? null : s).length();
    }

    public static void npeNullInTernaryBranch() {
        nullInTernaryBranch(true, "x");
    }
}
