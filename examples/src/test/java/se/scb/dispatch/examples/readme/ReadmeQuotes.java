package se.scb.dispatch.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of the README and the files they quote. A block is quoted from a file when the line
 * before it says {@code <!-- from: path -->} (the whole file) or {@code <!-- from: path#tag -->} (the lines
 * between {@code tag::tag[]} and {@code end::tag[]}), the path relative to the project's root folder.
 */
final class ReadmeQuotes {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FROM = Pattern.compile("<!-- from: ([^#\\s]+)(?:#(\\S+))? -->");

    /** One fenced block of the README. */
    record Block(int line, String language, String text, String from) {

        boolean isQuoted() {
            return from != null;
        }
    }

    private ReadmeQuotes() {
    }

    static List<Block> blocks() {
        List<String> lines = read(ROOT.resolve("README.md"));
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("```") || lines.get(i).length() == 3) {
                continue;
            }
            String language = lines.get(i).substring(3).strip();
            Matcher from = i > 0 ? FROM.matcher(lines.get(i - 1).strip()) : FROM.matcher("");
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            blocks.add(new Block(i + 1, language, String.join("\n", lines.subList(start, end)), from.matches() ? from.group(0) : null));
            i = end;
        }
        return blocks;
    }

    /** The text a block's {@code from} comment names, with the indentation its lines share removed. */
    static String quoted(String fromComment) {
        Matcher from = FROM.matcher(fromComment);
        if (!from.matches()) {
            throw new IllegalArgumentException("Not a from comment: " + fromComment);
        }
        List<String> lines = read(ROOT.resolve(from.group(1)));
        if (from.group(2) == null) {
            return String.join("\n", lines).strip();
        }
        String tag = from.group(2);
        int start = indexOf(lines, "tag::" + tag + "[]", from.group(1));
        int end = indexOf(lines, "end::" + tag + "[]", from.group(1));
        return dedent(lines.subList(start + 1, end));
    }

    private static int indexOf(List<String> lines, String marker, String file) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// " + marker)) {
                return i;
            }
        }
        throw new AssertionError(file + " has no line '// " + marker + "'");
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank()).mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
