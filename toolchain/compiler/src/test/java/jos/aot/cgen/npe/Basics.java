package jos.aot.cgen.npe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NPE fixtures, one dereference kind each: every public static method named npe* throws a
 * NullPointerException raised by the JVM, and NpeMessagesTest compares HotSpot's message with the
 * compiler's. The faulting expression stands alone on its line.
 */
@SuppressWarnings({"null", "unused", "ConstantConditions"})
public final class Basics {
    String name;
    Basics next;
    int[] ints;
    Object[] objects;
    int idx;
    long wide;
    static String staticName;
    static Basics staticNext;
    static int[] staticInts;
    static int staticIdx = 1;
    static Object lock;

    static String nullString() {
        return null;
    }

    Basics self() {
        return null;
    }

    static int zero() {
        return 0;
    }

    static Basics chain() {
        Basics b = new Basics();
        b.next = new Basics();
        b.next.next = new Basics();
        b.next.next.next = new Basics();
        b.next.next.next.next = new Basics();
        b.next.next.next.next.next = new Basics();
        return b;
    }

    // ---------------------------------------------------------------- invocations

    static void invokeParam(String s) {
        s.length();
    }

    public static void npeInvokeVirtualParam() {
        invokeParam(null);
    }

    static void invokeInterface(List<String> list) {
        list.size();
    }

    public static void npeInvokeInterface() {
        invokeInterface(null);
    }

    public static void npeInvokeOnStatic() {
        staticName.length();
    }

    public static void npeInvokeOnReturn() {
        nullString().length();
    }

    public static void npeInvokeOnMapGet() {
        Map<String, Object> m = new HashMap<>();
        m.get("x").hashCode();
    }

    public static void npeInvokeOnLocal() {
        String s = null;
        s.isEmpty();
    }

    public static void npeInvokeOnNullConstant() {
        ((String) null).trim();
    }

    static void invokeWithArgs(Basics b) {
        b.many(null, null, null, 0, null, null, null, 0L, 0.0, 'c', (short) 1, (byte) 2, false, 1f);
    }

    void many(String a, Object b, StringBuilder c, int d, int[] e, String[][] f, List<String> g, long h,
              double i, char j, short k, byte l, boolean m, float n) {
    }

    public static void npeInvokeSignature() {
        invokeWithArgs(null);
    }

    static void invokeStringBuilder(StringBuilder sb) {
        sb.append("x");
    }

    public static void npeInvokeStringBuilder() {
        invokeStringBuilder(null);
    }

    static void unbox(Integer i) {
        int x = i + 1;
    }

    public static void npeUnboxing() {
        unbox(null);
    }

    static void cloneInts(int[] a) {
        Object c = a.clone();
    }

    public static void npeArrayClone() {
        cloneInts(null);
    }

    static void cloneStrings(String[] a) {
        Object c = a.clone();
    }

    public static void npeObjectArrayClone() {
        cloneStrings(null);
    }

    public static void npeInvokeOnReturnedThis() {
        new Basics().self().self();
    }

    static void invokeInherited(Basics b) {
        b.hashCode();
    }

    public static void npeInvokeObjectMethod() {
        invokeInherited(null);
    }

    static void invokeCharSequence(CharSequence cs) {
        cs.charAt(0);
    }

    public static void npeInvokeInterfaceJavaLang() {
        invokeCharSequence(null);
    }

    static void invokeEquals(Object o) {
        o.equals("s");
    }

    public static void npeInvokeEquals() {
        invokeEquals(null);
    }

    // ---------------------------------------------------------------- fields

    static void readField(Basics b) {
        String s = b.name;
    }

    public static void npeGetField() {
        readField(null);
    }

    static void writeField(Basics b) {
        b.name = "x";
    }

    public static void npePutField() {
        writeField(null);
    }

    static void writeLongField(Basics b) {
        b.wide = 5L;
    }

    public static void npePutLongField() {
        writeLongField(null);
    }

    public static void npeFieldOfStatic() {
        String s = staticNext.name;
    }

    public static void npeFieldOfReturn() {
        String s = new Basics().self().name;
    }

    public static void npeChainedFields() {
        Basics b = new Basics();
        b.next = new Basics();
        b.next.name.length();
    }

    public static void npeChainTooDeep() {
        Basics b = chain();
        b.next.next.next.next.next.name.length();
    }

    public static void npeChainDepthFour() {
        Basics b = chain();
        b.next.next.next.name.length();
    }

    public static void npeStaticChain() {
        staticNext = new Basics();
        staticNext.next.name.length();
    }

    public static void npeFieldChainOnReturn() {
        Basics b = new Basics();
        b.self().next.name.length();
    }

    // ---------------------------------------------------------------- arrays

    static void iaload(int[] a) {
        int x = a[0];
    }

    public static void npeIntArrayLoad() {
        iaload(null);
    }

    static void laload(long[] a) {
        long x = a[0];
    }

    public static void npeLongArrayLoad() {
        laload(null);
    }

    static void faload(float[] a) {
        float x = a[0];
    }

    public static void npeFloatArrayLoad() {
        faload(null);
    }

    static void daload(double[] a) {
        double x = a[0];
    }

    public static void npeDoubleArrayLoad() {
        daload(null);
    }

    static void aaload(Object[] a) {
        Object x = a[0];
    }

    public static void npeObjectArrayLoad() {
        aaload(null);
    }

    static void baload(byte[] a) {
        byte x = a[0];
    }

    public static void npeByteArrayLoad() {
        baload(null);
    }

    static void zaload(boolean[] a) {
        boolean x = a[0];
    }

    public static void npeBooleanArrayLoad() {
        zaload(null);
    }

    static void caload(char[] a) {
        char x = a[0];
    }

    public static void npeCharArrayLoad() {
        caload(null);
    }

    static void saload(short[] a) {
        short x = a[0];
    }

    public static void npeShortArrayLoad() {
        saload(null);
    }

    static void iastore(int[] a) {
        a[0] = 1;
    }

    public static void npeIntArrayStore() {
        iastore(null);
    }

    static void lastore(long[] a) {
        a[0] = 1L;
    }

    public static void npeLongArrayStore() {
        lastore(null);
    }

    static void fastore(float[] a) {
        a[0] = 1f;
    }

    public static void npeFloatArrayStore() {
        fastore(null);
    }

    static void dastore(double[] a) {
        a[0] = 1.0;
    }

    public static void npeDoubleArrayStore() {
        dastore(null);
    }

    static void aastore(Object[] a) {
        a[0] = "x";
    }

    public static void npeObjectArrayStore() {
        aastore(null);
    }

    static void bastore(byte[] a) {
        a[0] = 1;
    }

    public static void npeByteArrayStore() {
        bastore(null);
    }

    static void zastore(boolean[] a) {
        a[0] = true;
    }

    public static void npeBooleanArrayStore() {
        zastore(null);
    }

    static void castore(char[] a) {
        a[0] = 'x';
    }

    public static void npeCharArrayStore() {
        castore(null);
    }

    static void sastore(short[] a) {
        a[0] = 1;
    }

    public static void npeShortArrayStore() {
        sastore(null);
    }

    static void arraylength(int[] a) {
        int n = a.length;
    }

    public static void npeArrayLength() {
        arraylength(null);
    }

    static void elementConst(String[] a) {
        a[3].length();
    }

    public static void npeElementConstIndex() {
        elementConst(new String[5]);
    }

    static void elementBipush(String[] a) {
        a[100].length();
    }

    public static void npeElementBipushIndex() {
        elementBipush(new String[200]);
    }

    static void elementSipush(String[] a) {
        a[1000].length();
    }

    public static void npeElementSipushIndex() {
        elementSipush(new String[2000]);
    }

    static void elementLocalIndex(String[] a, int i) {
        a[i].length();
    }

    public static void npeElementLocalIndex() {
        elementLocalIndex(new String[5], 2);
    }

    static void element2d(String[][] a) {
        a[1][2].length();
    }

    public static void npeElement2d() {
        element2d(new String[3][3]);
    }

    static void row2d(int[][] a) {
        a[1][2] = 3;
    }

    public static void npeRow2d() {
        row2d(new int[3][]);
    }

    static void elementArrayIndex(String[] a, int[] b) {
        a[b[1]].length();
    }

    public static void npeElementArrayIndex() {
        elementArrayIndex(new String[5], new int[3]);
    }

    static void elementCallIndex(String[] a) {
        a[zero()].length();
    }

    public static void npeElementCallIndex() {
        elementCallIndex(new String[5]);
    }

    static void elementFieldIndex(String[] a, Basics b) {
        a[b.idx].length();
    }

    public static void npeElementFieldIndex() {
        elementFieldIndex(new String[5], new Basics());
    }

    static void elementStaticIndex(String[] a) {
        a[staticIdx].length();
    }

    public static void npeElementStaticIndex() {
        elementStaticIndex(new String[5]);
    }

    static void elementComplexIndex(String[] a, int i) {
        a[i + 1].length();
    }

    public static void npeElementComplexIndex() {
        elementComplexIndex(new String[5], 1);
    }

    static void elementByteIndex(String[] a, byte[] b) {
        a[b[0]].length();
    }

    public static void npeElementByteIndex() {
        elementByteIndex(new String[5], new byte[2]);
    }

    static void elementNegativeConst(String[] a) {
        a[-1].length();
    }

    public static void npeElementNegativeIndexNullArray() {
        elementNegativeConst(null);
    }

    static void fieldArray(Basics b) {
        b.ints[0] = 1;
    }

    public static void npeFieldArrayStore() {
        fieldArray(new Basics());
    }

    static void compound(int[] a) {
        a[0] += 5;
    }

    public static void npeCompoundAssign() {
        compound(null);
    }

    static void compoundLong(long[] a) {
        a[1] += 5;
    }

    public static void npeCompoundAssignLong() {
        compoundLong(null);
    }

    static void increment(Basics b, int i) {
        b.ints[i]++;
    }

    public static void npeIncrementField() {
        increment(new Basics(), 0);
    }

    public static void npeStaticArray() {
        staticInts[2] = 1;
    }

    static void elementOfReturn() {
        ((String[]) new Basics().objects())[0].length();
    }

    Object objects() {
        return new String[1];
    }

    public static void npeElementOfReturn() {
        elementOfReturn();
    }

    static void arrayOfElementOfField(Basics b) {
        ((Object[]) b.objects[0])[1].hashCode();
    }

    public static void npeArrayOfElementOfField() {
        Basics b = new Basics();
        b.objects = new Object[] {new Object[2]};
        arrayOfElementOfField(b);
    }

    // ---------------------------------------------------------------- athrow and monitors

    static void throwParam(RuntimeException e) {
        throw e;
    }

    public static void npeThrowParam() {
        throwParam(null);
    }

    public static void npeThrowNull() {
        throw null;
    }

    static void syncParam(Object o) {
        synchronized (o) {
            o.hashCode();
        }
    }

    public static void npeSynchronized() {
        syncParam(null);
    }

    public static void npeSynchronizedStatic() {
        synchronized (lock) {
            staticName = "x";
        }
    }

    // ---------------------------------------------------------------- instance methods and this

    void thisField() {
        next.name.length();
    }

    public static void npeThisField() {
        Basics b = new Basics();
        b.next = new Basics();
        b.thisField();
    }

    void thisParam(String s, long l, String t) {
        t.length();
    }

    public static void npeInstanceParam() {
        new Basics().thisParam("a", 1L, null);
    }

    void thisInvoke() {
        self().name.length();
    }

    public static void npeThisInvoke() {
        new Basics().thisInvoke();
    }
}
