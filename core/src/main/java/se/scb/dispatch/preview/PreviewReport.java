package se.scb.dispatch.preview;

import java.util.List;

/**
 * A look at the source data against a template, before anything is decided.
 *
 * @param rows                 data rows read (malformed ones included)
 * @param malformedRows        rows that could not be read as rows
 * @param variables            one summary per column, in column order
 * @param missingFromSource    variables the template uses that no column provides
 * @param unusedColumns        columns neither the template nor a paper letter's address uses
 * @param addressColumns       columns a paper letter's address is printed from, whether the template uses them or not
 * @param samples              rendered samples
 */
public record PreviewReport(long rows, long malformedRows, List<VariableSummary> variables, List<String> missingFromSource,
        List<String> unusedColumns, List<String> addressColumns, List<RenderedSample> samples) {

    public PreviewReport {
        variables = List.copyOf(variables);
        missingFromSource = List.copyOf(missingFromSource);
        unusedColumns = List.copyOf(unusedColumns);
        addressColumns = List.copyOf(addressColumns);
        samples = List.copyOf(samples);
    }
}
