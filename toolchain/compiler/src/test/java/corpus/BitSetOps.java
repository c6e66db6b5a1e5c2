package corpus;

import java.util.BitSet;

public class BitSetOps {
    public static void main(String[] args) {
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int p = 2; p * p < 200; p = sieve.nextSetBit(p + 1)) {
            for (int m = p * p; m < 200; m += p) sieve.clear(m);
        }
        System.out.println(sieve.cardinality() + " " + sieve);
        BitSet a = new BitSet();
        BitSet b = new BitSet();
        for (int i = 0; i < 100; i += 3) a.set(i);
        for (int i = 0; i < 100; i += 5) b.set(i);
        BitSet and = (BitSet) a.clone();
        and.and(b);
        BitSet or = (BitSet) a.clone();
        or.or(b);
        BitSet xor = (BitSet) a.clone();
        xor.xor(b);
        BitSet andNot = (BitSet) a.clone();
        andNot.andNot(b);
        System.out.println(and + " " + or.cardinality() + " " + xor.cardinality() + " " + andNot.cardinality());
        System.out.println(a.length() + " " + a.size() + " " + a.get(99) + " " + a.get(98) + " " + a.intersects(b) + " " + a.isEmpty());
        System.out.println(a.nextClearBit(0) + " " + a.previousSetBit(50) + " " + a.nextSetBit(100) + " " + a.previousClearBit(99));
        a.flip(0, 10);
        System.out.println(a.get(0, 12));
        BitSet fromLongs = BitSet.valueOf(new long[]{0xF0F0L, 1L});
        System.out.println(fromLongs + " " + java.util.Arrays.toString(fromLongs.toLongArray()) + " " + fromLongs.hashCode());
        System.out.println(a.equals(a.clone()) + " " + new BitSet().equals(new BitSet(1000)) + " " + new BitSet());
        BitSet big = new BitSet();
        big.set(1000);
        big.set(63);
        big.set(64);
        System.out.println(big + " " + big.length() + " " + big.stream().sum() + " " + java.util.Arrays.toString(big.toByteArray()).length());
        try {
            big.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
