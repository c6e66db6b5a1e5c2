package jos.aot.cgen.npe;

import java.util.HashMap;
import java.util.Map;

/**
 * NPE fixtures for how the null's source is traced through operands: locals stored after being
 * loaded, parameters past slot 63, index expressions, chains mixing fields, elements and calls at
 * and past the depth limit, casts, compound assignments, string concatenation and nested calls.
 */
@SuppressWarnings({"null", "unused", "ConstantConditions", "StringConcatenationInLoop"})
public final class Operands {
    String name;
    Operands next;
    Operands[] links;
    String[] strings;
    int idx;
    long wide;
    double[] doubles;
    RuntimeException failure;
    static Operands shared;
    static int counter;

    static String nothing() {
        return null;
    }

    static int pick(int a, String b, long[] c, double d) {
        return 0;
    }

    Operands self() {
        return null;
    }

    @Override
    public String toString() {
        return null;
    }

    static Operands chain(int n) {
        Operands head = new Operands();
        Operands o = head;
        for (int k = 0; k < n; k++) {
            o.next = new Operands();
            o = o.next;
        }
        return head;
    }

    void take(String s) {
    }

    void takeMany(StringIndexOutOfBoundsException a, StringBuffer b, Object[] c, Object d, Operands.Nested e,
                  double[][] f, char g, Map.Entry<String, String> h) {
    }

    static final class Nested {
        Nested deeper;
    }

    // ---------------------------------------------------------------- locals

    static void storedAfterLoad(String s) {
        s.concat(s = null);
    }

    public static void npeStoredAfterLoad() {
        storedAfterLoad(null);
    }

    static void storedOnDeadPath(String s, boolean b) {
        if (b) {
            s = null;
            return;
        }
        s.length();
    }

    public static void npeStoredOnDeadPath() {
        storedOnDeadPath(null, false);
    }

    static void slot63(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9,
                       long a10, long a11, long a12, long a13, long a14, long a15, long a16, long a17, long a18,
                       long a19, long a20, long a21, long a22, long a23, long a24, long a25, long a26, long a27,
                       long a28, long a29, long a30, int x, String s, String t) {
        s.length();
    }

    public static void npeParameterAtSlot63() {
        slot63(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, null, null);
    }

    static void slot64(long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7, long a8, long a9,
                       long a10, long a11, long a12, long a13, long a14, long a15, long a16, long a17, long a18,
                       long a19, long a20, long a21, long a22, long a23, long a24, long a25, long a26, long a27,
                       long a28, long a29, long a30, int x, String s, String t) {
        t.length();
    }

    public static void npeParameterAtSlot64() {
        slot64(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, null, null);
    }

    static void wideParams(long a, Operands o, double d) {
        o.wide = a;
    }

    public static void npeAfterWideParameter() {
        wideParams(1L, null, 2.0);
    }

    static void localIndex(String[] a) {
        int k = 2;
        a[k].length();
    }

    public static void npeLocalIndex() {
        localIndex(new String[3]);
    }

    // ---------------------------------------------------------------- indexes

    static void charIndex(String[] a, char[] c) {
        a[c[0]].length();
    }

    public static void npeCharIndex() {
        charIndex(new String[2], new char[1]);
    }

    static void shortIndex(String[] a, short[] c) {
        a[c[0]].length();
    }

    public static void npeShortIndex() {
        shortIndex(new String[2], new short[1]);
    }

    static void narrowedIndex(String[] a, long l) {
        a[(int) l].length();
    }

    public static void npeNarrowedIndex() {
        narrowedIndex(new String[2], 1L);
    }

    static void callIndex(String[] a) {
        a[pick(1, null, null, 2.0)].length();
    }

    public static void npeCallIndex() {
        callIndex(new String[2]);
    }

    static void virtualCallIndex(String[] a, String s) {
        a[s.length()].length();
    }

    public static void npeVirtualCallIndex() {
        virtualCallIndex(new String[2], "");
    }

    static void ldcIndex(String[] a) {
        a[100000].length();
    }

    public static void npeLdcIndex() {
        ldcIndex(new String[100001]);
    }

    void thisIndex(String[] a) {
        a[this.idx].length();
    }

    public static void npeThisIndex() {
        new Operands().thisIndex(new String[2]);
    }

    static void lengthIndex(String[] a, int[] b) {
        a[b.length].length();
    }

    public static void npeLengthIndex() {
        lengthIndex(new String[2], new int[1]);
    }

    static void deepIndex(String[] a, Operands o) {
        a[o.next.next.next.next.idx].length();
    }

    public static void npeDeepIndex() {
        deepIndex(new String[2], chain(5));
    }

    static void deepIndexInner(String[][][] a, Operands o) {
        a[0][o.next.next.next.idx][0].length();
    }

    public static void npeDeepIndexInner() {
        deepIndexInner(new String[1][1][1], chain(5));
    }

    static void indexOfIndex(String[] a, int[] b, int[] c, int[] d, int[] e, int[] f) {
        a[b[c[d[e[f[0]]]]]].length();
    }

    public static void npeIndexOfIndex() {
        indexOfIndex(new String[1], new int[1], new int[1], new int[1], new int[1], new int[1]);
    }

    static void indexOfIndexInner(String[][] a, int[] b, int[] c, int[] d, int[] e, int[] f) {
        a[0][b[c[d[e[f[0]]]]]].length();
    }

    public static void npeIndexOfIndexInner() {
        indexOfIndexInner(new String[1][1], new int[1], new int[1], new int[1], new int[1], new int[1]);
    }

    static void lastElement(String[] a) {
        a[a.length - 1].length();
    }

    public static void npeLastElement() {
        lastElement(new String[2]);
    }

    // ---------------------------------------------------------------- chains

    static Operands mixedChain() {
        Operands m = new Operands();
        m.links = new Operands[] {new Operands()};
        m.links[0].next = new Operands();
        m.links[0].next.strings = new String[2];
        m.links[0].next.links = new Operands[] {new Operands()};
        m.links[0].next.links[0].next = new Operands();
        return m;
    }

    static void elementsAndFields(Operands o) {
        o.links[0].next.strings[1].length();
    }

    public static void npeElementsAndFields() {
        elementsAndFields(mixedChain());
    }

    static void elementsAndFieldsTooDeep(Operands o) {
        o.links[0].next.links[0].next.name.length();
    }

    public static void npeElementsAndFieldsTooDeep() {
        elementsAndFieldsTooDeep(mixedChain());
    }

    static void fieldOfReturnedNull(Operands o) {
        o.self().next.name.length();
    }

    public static void npeFieldOfReturnedNull() {
        fieldOfReturnedNull(new Operands());
    }

    static void returnAfterChain(Operands o) {
        o.next.self().name.length();
    }

    public static void npeReturnAfterChain() {
        returnAfterChain(chain(1));
    }

    static void toStringResult(Object o) {
        o.toString().length();
    }

    public static void npeToStringResult() {
        toStringResult(new Operands());
    }

    static void arraysFiveDeep(String[][][][][] a) {
        a[0][0][0][0][0].length();
    }

    public static void npeArraysFiveDeep() {
        arraysFiveDeep(new String[1][1][1][1][1]);
    }

    static void newMultiArrayElement() {
        (new String[2][3])[1][0].length();
    }

    public static void npeNewMultiArrayElement() {
        newMultiArrayElement();
    }

    static void castsInChain(Operands o) {
        ((Operands) (Object) ((Operands) (Object) o.next).next).next.next.name.length();
    }

    public static void npeCastsInChain() {
        castsInChain(chain(5));
    }

    static void castsAtDepthFive(Object o) {
        ((Operands) ((Operands) ((Operands) ((Operands) o).next).next).next).name.length();
    }

    public static void npeCastsAtDepthFive() {
        castsAtDepthFive(chain(5));
    }

    void thisChainTooDeep() {
        this.next.next.next.next.name.length();
    }

    public static void npeThisChainTooDeep() {
        chain(5).thisChainTooDeep();
    }

    void thisChainFits() {
        this.next.next.next.name.length();
    }

    public static void npeThisChainFits() {
        chain(5).thisChainFits();
    }

    static void staticChain() {
        shared.next.next.name.length();
    }

    public static void npeStaticChain() {
        shared = chain(2);
        staticChain();
    }

    static void throwField(Operands o) throws RuntimeException {
        throw o.failure;
    }

    public static void npeThrowField() {
        throwField(new Operands());
    }

    static void lockOnChain(Operands o) {
        synchronized (o.next.name) {
            counter++;
        }
    }

    public static void npeLockOnChain() {
        lockOnChain(chain(1));
    }

    // ---------------------------------------------------------------- compound assignments, dup and swap

    static void compoundField(Operands o) {
        o.idx += 1;
    }

    public static void npeCompoundField() {
        compoundField(null);
    }

    static void incrementStaticChain() {
        shared.next.idx++;
    }

    public static void npeIncrementStaticChain() {
        shared = new Operands();
        incrementStaticChain();
    }

    static void compoundDouble(Operands o) {
        o.doubles[0] += 1.5;
    }

    public static void npeCompoundDouble() {
        compoundDouble(new Operands());
    }

    static void compoundLongElement(long[][] a, int i) {
        a[i][i] += 2;
    }

    public static void npeCompoundLongElement() {
        compoundLongElement(new long[1][], 0);
    }

    static void chainedAssignment(Operands o) {
        String s = o.name = "x";
    }

    public static void npeChainedAssignment() {
        chainedAssignment(null);
    }

    static void longChainedAssignment(Operands o, Operands p) {
        o.wide = p.wide = 7L;
    }

    public static void npeLongChainedAssignment() {
        longChainedAssignment(null, new Operands());
    }

    static void concatCompound(Operands o) {
        o.name += "!";
    }

    public static void npeConcatCompound() {
        concatCompound(null);
    }

    // ---------------------------------------------------------------- calls and their arguments

    static void parameterTypes(Operands o) {
        o.takeMany(null, null, null, null, null, null, 'c', null);
    }

    public static void npeParameterTypes() {
        parameterTypes(null);
    }

    static void cloneObjects(Object[] a) {
        a.clone();
    }

    public static void npeCloneObjects() {
        cloneObjects(null);
    }

    static void concatArgument(Operands o, String s, int i) {
        o.take("a" + s + i + o.name);
    }

    public static void npeConcatArgument() {
        concatArgument(null, "s", 1);
    }

    static void concatReceiver(Operands o, int i) {
        o.next.take("n" + i);
    }

    public static void npeConcatReceiver() {
        concatReceiver(new Operands(), 2);
    }

    static void concatKey(Map<String, String> m, int i) {
        m.get("k" + i).length();
    }

    public static void npeConcatKey() {
        concatKey(new HashMap<>(), 3);
    }

    static void nestedCallArgument(Operands o) {
        o.take(nothing().trim());
    }

    public static void npeNestedCallArgument() {
        nestedCallArgument(new Operands());
    }

    static void nestedCallReceiver(Operands o) {
        o.self().take(String.valueOf(o.idx));
    }

    public static void npeNestedCallReceiver() {
        nestedCallReceiver(new Operands());
    }

    static void interfaceDefault(Iterable<String> it) {
        it.forEach(s -> { });
    }

    public static void npeInterfaceDefault() {
        interfaceDefault(null);
    }

    static void sameLocalBothArms(boolean b, String s) {
        (b ? s : s).length();
    }

    public static void npeSameLocalBothArms() {
        sameLocalBothArms(true, null);
    }

    static void switchYieldsNull(int k) {
        String s = switch (k) {
            case 1 -> "one";
            default -> null;
        };
        s.length();
    }

    public static void npeSwitchYieldsNull() {
        switchYieldsNull(3);
    }

    static void afterCatch(String s) {
        try {
            s = nothing();
        } catch (RuntimeException e) {
            s = "caught";
        }
        s.length();
    }

    public static void npeAfterCatch() {
        afterCatch("x");
    }

    static void nestedReceiverField(Nested n) {
        n.deeper.deeper.hashCode();
    }

    public static void npeNestedReceiverField() {
        Nested n = new Nested();
        n.deeper = new Nested();
        nestedReceiverField(n);
    }
}
