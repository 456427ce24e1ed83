package io.tabien.registry.platform.backup;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code backup} and {@code restore}: the command's own options, as {@code --name value} or
 * {@code --name=value}, and any of the registry's settings ({@code --tabien.…=value}), read with the environment's
 * as the registry reads them, so that a command finds the data directory and the key file where the registry does.
 */
record CommandLine(Map<String, String> options, List<String> settings) {

    /**
     * The arguments, or null once it has printed why they are refused: an argument it does not know, or no
     * {@code required} option.
     */
    static CommandLine parse(String[] args, Set<String> names, String required, String whenMissing, PrintStream out) {
        try {
            CommandLine line = parse(args, names);
            if (line.has(required)) {
                return line;
            }
            out.println(whenMissing);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        return null;
    }

    private static CommandLine parse(String[] args, Set<String> names) {
        Map<String, String> options = new HashMap<>();
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--tabien.") && arg.contains("=")) {
                settings.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : "";
            if (!names.contains(name)) {
                throw new IllegalArgumentException("Unknown argument " + arg);
            }
            if (equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return new CommandLine(Map.copyOf(options), List.copyOf(settings));
    }

    String option(String name) {
        return options.get(name);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /** The registry's settings from these arguments, the system properties and the environment, in that order. */
    Binder settingsBinder() {
        StandardEnvironment environment = new StandardEnvironment();
        List<String> all = new ArrayList<>(settings);
        if (has("data-directory")) {
            all.add("--tabien.database.embedded.data-directory=" + option("data-directory"));
        }
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(all.toArray(String[]::new)));
        return Binder.get(environment);
    }
}
