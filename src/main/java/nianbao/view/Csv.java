package nianbao.view;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;

/**
 * Every CSV nianbao writes, from the CLI or the web: a BOM first so Excel reads it as UTF-8, Excel's dialect, and the
 * header row. The caller flushes and owns the output (which may be stdout): the printer is never closed.
 */
public final class Csv {
    private Csv() {}

    public static CSVPrinter printer(Appendable out, String... header) throws IOException {
        out.append('\uFEFF');
        return new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(header).get());
    }
}
