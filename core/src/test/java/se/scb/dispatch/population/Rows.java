package se.scb.dispatch.population;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small helpers the population tests share. */
final class Rows {

    private Rows() {
    }

    static List<PopulationRow> readAll(PopulationSource source) {
        List<PopulationRow> rows = new ArrayList<>();
        try (PopulationReader reader = source.open()) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    static PopulationSource csv(byte[] bytes) {
        return PopulationSource.csv("test data", () -> new ByteArrayInputStream(bytes));
    }

    static PopulationSource csv(String text) {
        return csv(text.getBytes(StandardCharsets.UTF_8));
    }

    static PopulationSource csv(String text, Charset charset) {
        return csv(text.getBytes(charset));
    }

    static PopulationSource jsonLines(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PopulationSource.jsonLines("test lines", () -> new ByteArrayInputStream(bytes));
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
