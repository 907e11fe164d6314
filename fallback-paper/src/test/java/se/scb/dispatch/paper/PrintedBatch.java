package se.scb.dispatch.paper;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import se.scb.dispatch.spi.PaperReceipt;

/** What a submitted batch wrote, read back: the PDF's text page by page and the manifest's rows. */
final class PrintedBatch {

    private static final float POINTS_PER_MM = 72 / 25.4f;

    final Path directory;
    final int pageCount;
    final List<Map<String, String>> manifest;
    private final List<String> pageTexts;

    private PrintedBatch(Path directory, List<String> pageTexts, List<Map<String, String>> manifest) {
        this.directory = directory;
        this.pageCount = pageTexts.size();
        this.pageTexts = pageTexts;
        this.manifest = manifest;
    }

    static PrintedBatch read(Path outputDirectory, PaperReceipt receipt) {
        Path directory = outputDirectory.resolve(receipt.batchId());
        try (PDDocument document = Loader.loadPDF(directory.resolve("letters.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PrintedBatch(directory, pages, manifest(directory.resolve("manifest.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a page, from 1. */
    String page(int page) {
        return pageTexts.get(page - 1);
    }

    /** The text of the pages the manifest gives the letter in {@code row}. */
    String pagesOf(Map<String, String> row) {
        int first = Integer.parseInt(row.get("first_page"));
        int count = Integer.parseInt(row.get("page_count"));
        return String.join("\f", pageTexts.subList(first - 1, first - 1 + count));
    }

    Map<String, String> row(String messageId) {
        return manifest.stream().filter(row -> row.get("message_id").equals(messageId)).findFirst().orElseThrow();
    }

    List<String> manifestColumn(String column) {
        return manifest.stream().map(row -> row.get(column)).toList();
    }

    /** The object key of a page's content stream, to tell a shared stream from two equal ones. */
    String contentsKey(int page) {
        try (PDDocument document = Loader.loadPDF(directory.resolve("letters.pdf").toFile())) {
            COSBase contents = document.getPage(page - 1).getCOSObject().getItem(COSName.CONTENTS);
            return contents instanceof COSObject indirect ? indirect.getKey().toString() : "direct";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in a rectangle of a page, given in millimetres from the top left corner. */
    String area(int page, float leftMm, float topMm, float widthMm, float heightMm) {
        try (PDDocument document = Loader.loadPDF(directory.resolve("letters.pdf").toFile())) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("area", new Rectangle2D.Float(leftMm * POINTS_PER_MM, topMm * POINTS_PER_MM,
                    widthMm * POINTS_PER_MM, heightMm * POINTS_PER_MM));
            stripper.extractRegions(document.getPage(page - 1));
            return stripper.getTextForRegion("area");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest's rows as maps from header to value, read as the channel reads them. */
    static List<Map<String, String>> manifest(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = Csv.readRecord(in).orElseThrow();
            List<Map<String, String>> rows = new ArrayList<>();
            for (Optional<List<String>> record = Csv.readRecord(in); record.isPresent(); record = Csv.readRecord(in)) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get().get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
