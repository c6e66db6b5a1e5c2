#!/bin/bash
# Differential check of runtime classes against the JDK they replace, on HotSpot: the sources are copied
# into package jostest (String internals and natives replaced by JDK calls through sed), then
# jostest/CheckAll.java compares them with java.lang.* over many inputs. Usage: run.sh [-Dseed=N -Drounds=N]
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
J="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin"
# Copies runtime classes into package jostest (jostest.io for java.io) so they run on HotSpot next to the JDK's.
set -e
R="$HERE/../../src/main/java"
W="${WORK:-/tmp/jos-hostcheck}"
rm -rf "$W" && mkdir -p "$W" && cd "$W" && mkdir -p src/jostest/io src/jos/rt out
for f in Character CharacterData Integer Long Short Byte StringUTF16 StringCoding AbstractStringBuilder StringBuilder StringBuffer Math StrictMath System; do
  sed -e 's/^package java.lang;/package jostest;/' \
      -e 's/new String(\(\w*\), String.LATIN1)/new String(\1, java.nio.charset.StandardCharsets.ISO_8859_1)/' \
      -e 's/new String(\(\w*\), String.UTF16)/Shim.fromUtf16(\1)/' \
      -e 's/return new String(v, LATIN1);/return new String(v, java.nio.charset.StandardCharsets.ISO_8859_1);/' \
      -e 's/return s.coder;/return Shim.coder(s);/' -e 's/return s.value;/return Shim.value(s);/' -e 's/return s.at(index);/return s.charAt(index);/' \
      -e 's/String\.LATIN1\b/(byte) 0/g' -e 's/String\.UTF16\b/(byte) 1/g' \
      -e 's/jos.rt.Mem.elementSize(src)/1/' -e 's/jos.rt.Mem.copy(/java.lang.System.arraycopy(/' \
      -e 's/public static native double sqrt(double a);/public static double sqrt(double a) { return java.lang.Math.sqrt(a); }/' \
      -e 's/public static native double fma(double a, double b, double c);/public static double fma(double a, double b, double c) { return java.lang.Math.fma(a, b, c); }/' \
      -e 's/public static native long multiplyHigh(long x, long y);/public static long multiplyHigh(long x, long y) { return java.lang.Math.multiplyHigh(x, y); }/' \
      -e 's/public static native long unsignedMultiplyHigh(long x, long y);/public static long unsignedMultiplyHigh(long x, long y) { return java.lang.Math.unsignedMultiplyHigh(x, y); }/' \
      -e 's/public static native int numberOfLeadingZeros(int i);/public static int numberOfLeadingZeros(int i) { return java.lang.Integer.numberOfLeadingZeros(i); }/' \
      -e 's/public static native int numberOfTrailingZeros(int i);/public static int numberOfTrailingZeros(int i) { return java.lang.Integer.numberOfTrailingZeros(i); }/' \
      -e 's/public static native int bitCount(int i);/public static int bitCount(int i) { return java.lang.Integer.bitCount(i); }/' \
      -e 's/public static native int numberOfLeadingZeros(long i);/public static int numberOfLeadingZeros(long i) { return java.lang.Long.numberOfLeadingZeros(i); }/' \
      -e 's/public static native int numberOfTrailingZeros(long i);/public static int numberOfTrailingZeros(long i) { return java.lang.Long.numberOfTrailingZeros(i); }/' \
      -e 's/public static native int bitCount(long i);/public static int bitCount(long i) { return java.lang.Long.bitCount(i); }/' \
      -e 's/public static native int identityHashCode(Object x);/public static int identityHashCode(Object x) { return java.lang.System.identityHashCode(x); }/' \
      -e 's/extends AbstractStringBuilder/extends AbstractStringBuilder/' \
      $R/java/lang/$f.java > src/jostest/$f.java
done
# JDK-only things the copies must not shadow
sed -i -e 's/java.util.Objects.requireNonNull/java.util.Objects.requireNonNull/' src/jostest/System.java
for f in OutputStream FilterOutputStream PrintStream; do
  sed -e 's/^package java.io;/package jostest.io; import java.io.IOException; import java.io.Closeable; import java.io.Flushable;/' $R/java/io/$f.java > src/jostest/io/$f.java
done
sed -i -e 's/byte\[\] v = s.value;/byte[] v = Shim.value(s);/' -e 's/if (s.coder == (byte) 0)/if (Shim.coder(s) == 0)/' src/jostest/StringCoding.java
cp $R/jos/rt/FdLibm.java $R/jos/rt/FdOutputStream.java $R/jos/rt/Sys.java src/jos/rt/
sed -i 's/^import java.io.OutputStream;/import jostest.io.OutputStream;/' src/jos/rt/FdOutputStream.java
sed -i 's/^import java.io.PrintStream;/import jostest.io.PrintStream;/' src/jostest/System.java
cat > src/jostest/Shim.java <<'EOS'
package jostest;
final class Shim {
    static byte coder(java.lang.String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xFF) return 1;
        return 0;
    }
    static byte[] value(java.lang.String s) {
        if (coder(s) == 0) return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) { b[2 * i] = (byte) s.charAt(i); b[2 * i + 1] = (byte) (s.charAt(i) >> 8); }
        return b;
    }
    static java.lang.String fromUtf16(byte[] b) {
        char[] c = new char[b.length / 2];
        for (int i = 0; i < c.length; i++) c[i] = (char) ((b[2 * i] & 0xFF) | ((b[2 * i + 1] & 0xFF) << 8));
        return new java.lang.String(c);
    }
}
EOS

"$J/javac" -g -nowarn -d out $(find src -name "*.java") 2>&1 | grep -v "^Note" || true
"$J/javac" -nowarn -d out -cp out "$HERE/jostest/CheckAll.java" 2>&1 | grep -v "^Note" || true
"$J/java" -XX:-OmitStackTraceInFastThrow "$@" -cp out jostest.CheckAll
