package dev.shelfwise.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Micrometer meters the services register, read from their main sources ({@code Counter.builder(NAME)} ... up
 * to {@code .register(}, with the {@code .tag(...)} names in between; names given as constants are resolved), and
 * the names under which Prometheus sees them.
 */
final class Meters {
    private static final Pattern BUILDER =
            Pattern.compile("\\b(Counter|Gauge|Timer|DistributionSummary|FunctionCounter)\\.builder\\(\\s*([^,)]+)");
    private static final Pattern REGISTRY_SHORTCUT = Pattern.compile("\\.(counter|gauge|timer|summary)\\(\\s*\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("\\.tag\\(\\s*([^,]+),");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");

    private Meters() {
    }

    /**
     * A registered meter.
     *
     * @param type Micrometer's builder: Counter, Gauge, Timer, DistributionSummary, FunctionCounter
     */
    record Meter(String module, String name, String type, Set<String> tags) {
        /** The series names Prometheus shows for it. */
        List<String> prometheusNames() {
            String base = Names.prometheus(name);
            return switch (type) {
                case "Counter", "FunctionCounter", "counter" -> List.of(base + "_total");
                case "Timer", "timer" -> List.of(base + "_seconds", base + "_seconds_count", base + "_seconds_sum",
                        base + "_seconds_max", base + "_seconds_bucket");
                case "DistributionSummary", "summary" -> List.of(base, base + "_count", base + "_sum", base + "_max",
                        base + "_bucket");
                default -> List.of(base);
            };
        }
    }

    static List<Meter> of(List<String> modules) {
        Map<String, List<String>> constants = new HashMap<>();
        Map<Path, String> sources = new HashMap<>();
        Map<Path, String> moduleOf = new HashMap<>();
        for (String module : modules) {
            for (Path file : JavaSources.of(module)) {
                String source = JavaSources.withoutComments(Repo.read(file));
                sources.put(file, source);
                moduleOf.put(file, module);
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    constants.computeIfAbsent(constant.group(1), name -> new ArrayList<>()).add(constant.group(2));
                }
            }
        }
        List<Meter> meters = new ArrayList<>();
        sources.forEach((file, source) -> {
            Matcher builder = BUILDER.matcher(source);
            while (builder.find()) {
                int register = source.indexOf(".register(", builder.end());
                String chain = source.substring(builder.end(), register < 0 ? source.length() : register);
                Set<String> tags = new TreeSet<>();
                Matcher tag = TAG.matcher(chain);
                while (tag.find()) {
                    tags.add(resolve(tag.group(1), source, constants, file));
                }
                for (String name : names(builder.group(2), builder.start(), source, constants, file)) {
                    meters.add(new Meter(moduleOf.get(file), name, builder.group(1), tags));
                }
            }
            Matcher shortcut = REGISTRY_SHORTCUT.matcher(source);
            while (shortcut.find()) {
                meters.add(new Meter(moduleOf.get(file), shortcut.group(2), shortcut.group(1), Set.of()));
            }
        });
        return meters;
    }

    /**
     * The meter names a builder's first argument stands for. A variable is the parameter of a helper method
     * ({@code gauge(TOP1PCT_SHARE, ...)}): then every call of that helper in the file gives one name.
     */
    private static List<String> names(String argument, int at, String source, Map<String, List<String>> constants,
                                      Path file) {
        String expression = argument.trim();
        if (!expression.matches("[a-z]\\w*")) {
            return List.of(resolve(expression, source, constants, file));
        }
        Matcher declaration = Pattern.compile("(\\w+)\\s*\\(([^()]*)\\)\\s*\\{").matcher(source);
        String helper = null;
        while (declaration.find() && declaration.start() < at) {
            if (declaration.group(2).matches("(?s).*\\bString\\s+" + expression + "\\b.*")) {
                helper = declaration.group(1);
            }
        }
        if (helper == null) {
            throw new IllegalStateException("meter name " + expression + " in " + Repo.relative(file)
                    + " is neither a literal, a constant nor a helper's parameter");
        }
        List<String> names = new ArrayList<>();
        Matcher call = Pattern.compile("(?<![\\w.])" + helper + "\\(\\s*(\"[^\"]*\"|[A-Z][\\w.]*)\\s*,").matcher(source);
        while (call.find()) {
            names.add(resolve(call.group(1), source, constants, file));
        }
        return names;
    }

    /** A name argument: a string literal, or a constant of this file or (unambiguously) of another one. */
    private static String resolve(String argument, String source, Map<String, List<String>> constants, Path file) {
        String expression = argument.trim();
        if (expression.startsWith("\"") && expression.endsWith("\"")) {
            return expression.substring(1, expression.length() - 1);
        }
        String simple = expression.substring(expression.lastIndexOf('.') + 1);
        Matcher local = Pattern.compile("static final String " + Pattern.quote(simple) + "\\s*=\\s*\"([^\"]*)\"")
                .matcher(source);
        if (local.find()) {
            return local.group(1);
        }
        List<String> candidates = constants.getOrDefault(simple, List.of());
        if (candidates.size() != 1) {
            throw new IllegalStateException("cannot resolve the meter name or tag " + expression + " in "
                    + Repo.relative(file) + " (" + candidates.size() + " constants of that name)");
        }
        return candidates.get(0);
    }
}
