package nianbao.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** Reads a tokenizer's whole input: sections are small, and segmentation needs the whole text anyway. */
final class InputText {
    private InputText() {}

    static char[] readAll(Reader in) throws IOException {
        char[] buf = new char[4096];
        int n = 0;
        int r;
        while ((r = in.read(buf, n, buf.length - n)) != -1) {
            n += r;
            if (n == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        }
        return Arrays.copyOf(buf, n);
    }
}
