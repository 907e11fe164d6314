package se.scb.dispatch.population;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Rows given in code, one map per row with the column names as keys. */
final class IterableSource implements PopulationSource {

    private final Iterable<? extends Map<String, String>> rows;

    IterableSource(Iterable<? extends Map<String, String>> rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public PopulationReader open() {
        return new IterableReader(description(), rows.iterator());
    }

    @Override
    public String description() {
        return "rows from code";
    }

    @Override
    public String toString() {
        return "IterableSource[" + description() + "]";
    }

    private static final class IterableReader extends RowReader {

        private final Iterator<? extends Map<String, String>> maps;
        private final KeyedRows rows = new KeyedRows();
        private long rowCount;

        IterableReader(String description, Iterator<? extends Map<String, String>> maps) {
            super(description);
            this.maps = maps;
        }

        @Override
        public List<String> columns() {
            return rows.columns();
        }

        @Override
        PopulationRow readRow() {
            if (!maps.hasNext()) {
                return null;
            }
            Map<String, String> map = maps.next();
            long number = ++rowCount;
            if (map == null) {
                return PopulationRow.malformed(number, "the row is null");
            }
            return rows.row(number, map.entrySet(), "");
        }

        @Override
        void release() {
            // Nothing is held open; an iterator over a closeable resource is the caller's to close.
        }
    }
}
