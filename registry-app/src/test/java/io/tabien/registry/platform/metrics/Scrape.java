package io.tabien.registry.platform.metrics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scrape of {@code /actuator/prometheus} as Prometheus reads it: samples with their names, labels and values. */
record Scrape(List<Sample> samples) {

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape of(String text) {
        return new Scrape(text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find()) {
                throw new IllegalArgumentException("not a sample: " + line);
            }
            Map<String, String> labels = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            return new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)));
        }).toList());
    }

    /** The samples of this name that carry all these labels. */
    List<Sample> of(String name, Map<String, String> labels) {
        return samples.stream().filter(sample -> sample.name().equals(name)
                && sample.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The sum of the samples of this name that carry all these labels; 0 when there is none (a counter not yet counted). */
    double sum(String name, Map<String, String> labels) {
        return of(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    Set<String> names() {
        Set<String> names = new HashSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }
}
