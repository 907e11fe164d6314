package se.scb.dispatch.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small PDFs for tests, written by hand with a correct cross-reference table, as a PDF library would. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF of one empty A4 page. */
    public static byte[] onePage() {
        return build(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
    }

    /** A PDF of the given objects (object 1 must be the catalog), numbered from 1, with its xref table and trailer. */
    public static byte[] build(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj ").append(objects.get(i)).append(" endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer << /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
