package nianbao.parse;

import nianbao.model.Report;
import nianbao.read.Document;
import nianbao.read.ReadException;

/** Turns a read {@link Document} into a {@link Report}: sections, table cells, metadata and notes. */
public final class ReportParser {
    private ReportParser() {}

    public static Report parse(Document doc) throws ReadException {
        throw new ReadException("parser under construction");
    }
}
