package se.scb.dispatch.preview;

import java.util.List;

/**
 * A look at the source data against a template, before anything is decided.
 *
 * @param rows                 data rows read (malformed ones included)
 * @param malformedRows        rows that could not be read as rows
 * @param variables            one summary per column, in column order
 * @param missingFromSource    variables the template uses that no column provides
 * @param unusedColumns        columns the template never uses
 * @param samples              rendered samples
 */
public record PreviewReport(long rows, long malformedRows, List<VariableSummary> variables, List<String> missingFromSource,
        List<String> unusedColumns, List<RenderedSample> samples) {

    public PreviewReport {
        variables = List.copyOf(variables);
        missingFromSource = List.copyOf(missingFromSource);
        unusedColumns = List.copyOf(unusedColumns);
        samples = List.copyOf(samples);
    }
}
