package se.scb.dispatch.benchmarks.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The 1 000 000-letter run, too long for JMH's repetitions: per variant, plan N letters
 * (transactions of 10 000), send them all (claim 500 / answer 500), time the status queries, and
 * measure the file after planning, after sending, and after compaction. One fresh file per
 * variant, one variant after the other, in this one JVM.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.engine.EngineReport
 *     [--letters 1000000] [--send N] [--values] [VARIANT ...]</pre>
 */
public final class EngineReport {

    public static void main(String[] args) throws Exception {
        long letters = 1_000_000;
        long send = -1;
        boolean values = false;
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--letters" -> letters = Long.parseLong(args[++i]);
                case "--send" -> send = Long.parseLong(args[++i]);
                case "--values" -> values = true;
                default -> variants.add(Variant.valueOf(args[i]));
            }
        }
        if (send < 0) {
            send = letters;
        }
        if (variants.isEmpty()) {
            variants.addAll(Arrays.asList(Variant.values()));
        }
        System.out.printf("java %s, %d letters planned, %d sent%n", System.getProperty("java.version"), letters, send);
        System.out.println("| variant | plan letters/s | send letters/s | status counts ms | GROUP BY state,reason ms"
                + " | GROUP BY state ms | B/letter planned | B/letter sent | B/letter compacted | compact s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Variant v : variants) {
            run(v, letters, send, values);
        }
    }

    private static void run(Variant v, long letters, long send, boolean values) throws Exception {
        Path dir = TempDb.create(v);
        try {
            Connection c = v.open(dir);
            Workload w = new Workload(v, c);
            w.createSchema();
            long t0 = System.nanoTime();
            w.plan(0, letters, 10_000, values);
            double planRate = letters / seconds(t0);
            c.close();
            long planned = v.bytesOnDisk(dir);

            c = v.open(dir);
            w = new Workload(v, c);
            t0 = System.nanoTime();
            long sent = 0;
            while (sent < send) {
                int n = w.sendRound(1);
                if (n == 0) {
                    break;
                }
                sent += n;
            }
            double sendRate = sent / seconds(t0);

            double counts = median(w, Schema.STATUS_FROM_COUNTS, 5, letters);
            double groupBy = median(w, Schema.STATUS_GROUP_BY, 3, letters);
            double groupByState = median(w, Schema.STATUS_GROUP_BY_STATE, 3, letters);
            c.close();
            long afterSend = v.bytesOnDisk(dir);

            c = v.open(dir);
            t0 = System.nanoTime();
            v.compactAndClose(c);
            double compactSeconds = seconds(t0);
            long compacted = v.bytesOnDisk(dir);
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f | %.0f | %.0f | %,d | %,d | %,d | %.1f |%n", v,
                    planRate, sendRate, counts, groupBy, groupByState,
                    planned / letters, afterSend / letters, compacted / letters, compactSeconds);
        } finally {
            TempDb.delete(dir);
        }
    }

    /** Median wall time in ms of {@code runs} runs of a status query, after one untimed run. */
    private static double median(Workload w, String sql, int runs, long letters) throws Exception {
        long total = w.status(sql);
        if (total != letters) {
            throw new IllegalStateException(sql + " counted " + total + " letters, not " + letters);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            w.status(sql);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
