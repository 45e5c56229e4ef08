package org.microcred.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Turns JMH JSON result files ({@code -rf json}) into a Markdown summary: throughput per
 * benchmark and the target ratios, each computed inside one run and then summarised as the median
 * over the runs given (one file = one run).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.microcred.benchmarks.Summary results/a.json [results/b.json …]
 * </pre>
 */
public final class Summary {

    private static final double DI_TARGET = 3.0;
    private static final double JWT_TARGET = 1.5;
    private static final double BATCH_TARGET = 1.7;
    private static final List<String> ALGORITHMS = List.of("RS256", "ES256", "PS256", "EdDSA");

    private final List<Map<String, Double>> runs;

    private Summary(List<Map<String, Double>> runs) {
        this.runs = runs;
    }

    /**
     * @param args JMH JSON result files, one per run
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Summary RESULT.json [RESULT.json …]");
            System.exit(2);
        }
        List<Map<String, Double>> runs = new ArrayList<>();
        for (String arg : args) {
            runs.add(read(Path.of(arg)));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new Summary(runs).print(out, args);
    }

    /** Scores by short name: {@code Class.method} plus {@code [param=value,…]} when parameterised. */
    static Map<String, Double> read(Path file) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Files.readAllBytes(file));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.path("params");
            if (params.isObject() && params.size() > 0) {
                StringBuilder p = new StringBuilder();
                Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    p.append(p.length() == 0 ? "" : ",").append(field.getKey()).append('=').append(field.getValue().asText());
                }
                name += "[" + p + "]";
            }
            scores.put(name, result.path("primaryMetric").path("score").asDouble());
        }
        return scores;
    }

    private void print(PrintStream out, String[] files) {
        out.printf("Runs: %d (%s). Throughput in operations per second, single thread unless noted; "
                + "median over the runs.%n%n", runs.size(), String.join(", ", Arrays.stream(files).map(f -> Path.of(f).getFileName().toString()).toList()));
        out.println("| benchmark | ops/s (median) | min – max |");
        out.println("|---|---:|---:|");
        Map<String, List<Double>> all = new TreeMap<>();
        for (Map<String, Double> run : runs) {
            run.forEach((name, score) -> all.computeIfAbsent(name, k -> new ArrayList<>()).add(score));
        }
        all.forEach((name, scores) -> out.printf(Locale.ROOT, "| %s | %s | %s – %s |%n", name,
                format(median(scores)), format(scores.stream().mapToDouble(d -> d).min().orElse(0)),
                format(scores.stream().mapToDouble(d -> d).max().orElse(0))));

        out.println();
        out.println("| target (ratios within each run, median) | ratio | goal | met |");
        out.println("|---|---:|---:|:---:|");
        target(out, "DI sign: microcred / Iron (Iron compacting its output)",
                "DataIntegrityBenchmark.diSign", "DataIntegrityBenchmark.ironSign", DI_TARGET, true);
        target(out, "DI sign: microcred / Iron (Iron stopping at its expanded form)",
                "DataIntegrityBenchmark.diSign", "DataIntegrityBenchmark.ironSignExpanded",
                DI_TARGET, true);
        target(out, "DI verify: microcred / Iron",
                "DataIntegrityBenchmark.diVerify", "DataIntegrityBenchmark.ironVerify", DI_TARGET, true);
        for (String alg : ALGORITHMS) {
            String p = "[alg=" + alg + "]";
            target(out, "VC-JWT " + alg + " sign: Nimbus alone / microcred",
                    "JwtBenchmark.nimbusSign" + p, "JwtBenchmark.jwtSign" + p, JWT_TARGET, false);
            target(out, "VC-JWT " + alg + " verify: Nimbus alone / microcred",
                    "JwtBenchmark.nimbusVerify" + p, "JwtBenchmark.jwtVerify" + p, JWT_TARGET, false);
        }
        for (String key : batchKeys()) {
            String p = key.substring(key.indexOf('['));
            target(out, "Batch issuance " + p + ": issueAll / issueLoop",
                    "BatchBenchmark.issueAll" + p, "BatchBenchmark.issueLoop" + p, BATCH_TARGET, true);
        }
        target(out, "Verify, full pipeline on the DI credential / Iron's bare proof verify",
                "VerifyBenchmark.pipelineVerifyDi", "VerifyBenchmark.ironVerify", 2.0, true);
        target(out, "Batch verification: verifyAll / verifyLoop (64 mixed)",
                "VerifyBenchmark.verifyAll", "VerifyBenchmark.verifyLoop", BATCH_TARGET, true);

        out.println();
        out.println("JMH runs the benchmarks one after another: on a machine whose load drifts, ratios between "
                + "them move with the load. `Paired` (run.sh PAIRED=1) measures the same ratios interleaved.");
    }

    private List<String> batchKeys() {
        return runs.stream().flatMap(r -> r.keySet().stream()).filter(k -> k.startsWith("BatchBenchmark.issueLoop["))
                .distinct().sorted().toList();
    }

    private void target(PrintStream out, String label, String numerator, String denominator, double goal,
            boolean atLeast) {
        OptionalDouble value = medianRatio(numerator, denominator);
        if (value.isEmpty()) {
            return;
        }
        double v = value.getAsDouble();
        boolean met = atLeast ? v >= goal : v <= goal;
        out.printf(Locale.ROOT, "| %s | %.2f× | %s %.1f× | %s |%n", label, v, atLeast ? "≥" : "≤", goal,
                met ? "yes" : "**no**");
    }

    /** The median of numerator / denominator, each ratio taken inside one run, over the runs that have both. */
    private OptionalDouble medianRatio(String numerator, String denominator) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Double> run : runs) {
            Double n = run.get(numerator);
            Double d = run.get(denominator);
            if (n != null && d != null && d > 0) {
                values.add(n / d);
            }
        }
        return values.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(values));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(d -> d).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(double opsPerSecond) {
        return opsPerSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", opsPerSecond)
                : String.format(Locale.ROOT, "%.1f", opsPerSecond);
    }
}
