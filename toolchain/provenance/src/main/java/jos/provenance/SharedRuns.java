package jos.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for each of our files, the longest run of code tokens it shares with any file of the other
 * side, and how many of its bodies are mostly made of shared windows. Our files are indexed by their
 * {@link #SEED}-token windows; each file of the other side is then streamed past the index, and every
 * window they share is extended to the longest run it is part of.
 */
public final class SharedRuns {
    /** Window length, and the shortest run found: far below any threshold, so reports show near misses. */
    public static final int SEED = 12;
    /** Bodies shorter than this are not counted: short bodies are often forced by the API. */
    public static final int MIN_BODY = 40;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final long BASE = 1_000_003L;

    /** One run of identical tokens: its length and where it lies on both sides (lines inclusive). */
    public record Run(int tokens, String ours, int ourFirstLine, int ourLastLine,
                      String theirs, int theirFirstLine, int theirLastLine) {
        @Override
        public String toString() {
            return tokens + " tokens: " + ours + ":" + ourFirstLine + "-" + ourLastLine + " = " + theirs + ":"
                    + theirFirstLine + "-" + theirLastLine;
        }
    }

    /**
     * What was found for one of our files: its longest shared run, the files it resembles most, and of
     * its bodies of at least {@link #MIN_BODY} tokens, how many have at least half their windows shared.
     */
    public record FileResult(String file, int tokens, Run longest, List<Run> resembles, int bodies,
                             int sharedBodies) {
        public int longestTokens() {
            return longest == null ? 0 : longest.tokens();
        }
    }

    private final List<String> names = new ArrayList<>();
    private final List<CodeTokens> files = new ArrayList<>();
    private int[] all;        // every file's ids, each followed by a 0 separator
    private int[] fileAt;     // file index of each position in all
    private int[] startOf;    // position in all of each file's first token
    private long[] keys;      // open-addressing table: window hash -> head of chain
    private int[] heads;
    private int[] chain;      // next position with the same window hash, or -1
    private boolean[] shared; // the window starting here occurs on the other side
    private final Run[] longest;
    private final List<Map<String, Run>> perOther;
    private final long power; // BASE^(SEED-1)

    public SharedRuns(Map<String, CodeTokens> ours) {
        ours.forEach((name, tokens) -> {
            names.add(name);
            files.add(tokens);
        });
        longest = new Run[names.size()];
        perOther = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) perOther.add(new HashMap<>());
        long p = 1;
        for (int i = 1; i < SEED; i++) p *= BASE;
        power = p;
        buildIndex();
    }

    private void buildIndex() {
        int total = 0;
        for (CodeTokens t : files) total += t.size() + 1;
        all = new int[total];
        fileAt = new int[total];
        startOf = new int[files.size()];
        int at = 0;
        for (int f = 0; f < files.size(); f++) {
            startOf[f] = at;
            int[] ids = files.get(f).ids();
            System.arraycopy(ids, 0, all, at, ids.length);
            Arrays.fill(fileAt, at, at + ids.length + 1, f);
            at += ids.length;
            all[at++] = 0;
        }
        int capacity = Integer.highestOneBit(Math.max(16, total * 2)) * 2;
        keys = new long[capacity];
        heads = new int[capacity];
        Arrays.fill(heads, -1);
        chain = new int[total];
        Arrays.fill(chain, -1);
        shared = new boolean[total];
        long[] windows = windowHashes(all);
        for (int pos = 0; pos < windows.length; pos++) {
            if (!windowInside(all, pos)) continue;
            int slot = slot(windows[pos]);
            keys[slot] = windows[pos];
            chain[pos] = heads[slot];
            heads[slot] = pos;
        }
    }

    /** True if the window at pos holds no separator. */
    private static boolean windowInside(int[] ids, int pos) {
        for (int i = 0; i < SEED; i++) if (ids[pos + i] == 0) return false;
        return true;
    }

    private int slot(long hash) {
        int mask = keys.length - 1;
        int s = (int) (hash ^ (hash >>> 29)) & mask;
        while (heads[s] != -1 && keys[s] != hash) s = (s + 1) & mask;
        return s;
    }

    /** Hash of each SEED-token window, by position of its first token; empty if the input is shorter. */
    private long[] windowHashes(int[] ids) {
        int n = ids.length - SEED + 1;
        if (n <= 0) return new long[0];
        long[] out = new long[n];
        long h = 0;
        for (int i = 0; i < SEED; i++) h = h * BASE + ids[i] * MULTIPLIER;
        out[0] = h;
        for (int i = 1; i < n; i++) {
            h = (h - ids[i - 1] * MULTIPLIER * power) * BASE + ids[i + SEED - 1] * MULTIPLIER;
            out[i] = h;
        }
        return out;
    }

    /** Compares one file of the other side with all of ours. */
    public void scan(String theirName, CodeTokens theirs) {
        int[] b = theirs.ids();
        long[] windows = windowHashes(b);
        for (int j = 0; j < windows.length; j++) {
            int slot = slot(windows[j]);
            if (heads[slot] == -1) continue;
            for (int p = heads[slot]; p != -1; p = chain[p]) {
                // Only the start of a run is extended; the windows inside it would find the same run.
                if (p > 0 && j > 0 && all[p - 1] != 0 && all[p - 1] == b[j - 1]) continue;
                int len = 0;
                while (j + len < b.length && all[p + len] != 0 && all[p + len] == b[j + len]) len++;
                if (len >= SEED) {
                    Arrays.fill(shared, p, p + len - SEED + 1, true);
                    record(p, len, theirName, theirs, j);
                }
            }
        }
    }

    private void record(int p, int len, String theirName, CodeTokens theirs, int j) {
        int f = fileAt[p];
        int[] ourLines = files.get(f).lines();
        int i = p - startOf[f];
        Run run = new Run(len, names.get(f), ourLines[i], ourLines[i + len - 1],
                theirName, theirs.lines()[j], theirs.lines()[j + len - 1]);
        if (longest[f] == null || len > longest[f].tokens()) longest[f] = run;
        perOther.get(f).merge(theirName, run, (a, c) -> a.tokens() >= c.tokens() ? a : c);
    }

    /** Results for all our files, in the order they were given; {@code top} resembled files each. */
    public List<FileResult> results(int top) {
        List<FileResult> out = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            List<Run> others = perOther.get(f).values().stream()
                    .sorted(Comparator.comparingInt(Run::tokens).reversed().thenComparing(Run::theirs))
                    .limit(top).toList();
            int bodies = 0;
            int sharedBodies = 0;
            int end = startOf[f] + files.get(f).size();
            for (int start = startOf[f]; start < end; ) {
                int stop = start;
                while (stop < end && all[stop] != CodeTokens.END) stop++;
                if (stop - start >= MIN_BODY) {
                    bodies++;
                    int windows = stop - start - SEED + 1;
                    int hits = 0;
                    for (int p = start; p < start + windows; p++) if (shared[p]) hits++;
                    if (2 * hits >= windows) sharedBodies++;
                }
                start = stop + 1;
            }
            out.add(new FileResult(names.get(f), files.get(f).size(), longest[f], others, bodies, sharedBodies));
        }
        return out;
    }
}
