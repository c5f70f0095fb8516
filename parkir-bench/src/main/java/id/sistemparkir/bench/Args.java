package id.sistemparkir.bench;

import java.util.Arrays;

/** {@code --name=value} arguments with defaults; a benchmark's knobs. */
final class Args {

    private final String[] args;

    Args(String[] args) {
        this.args = args.clone();
    }

    int intValue(String name, int defaultValue) {
        String value = value(name);
        return value == null ? defaultValue : Integer.parseInt(value);
    }

    int[] ints(String name, int... defaults) {
        String value = value(name);
        return value == null
                ? defaults
                : Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private String value(String name) {
        String prefix = "--" + name + "=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }
}
