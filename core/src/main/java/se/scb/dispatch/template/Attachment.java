package se.scb.dispatch.template;

/** STUB: a PDF attachment (file name and bytes). To be implemented: PDF check by magic bytes, defensive copies. */
public record Attachment(String fileName, byte[] content) {
    public static final String PDF = "application/pdf";
}
