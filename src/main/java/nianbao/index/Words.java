package nianbao.index;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * The words of a normalised text, kept as spans of that text: two ints per word instead of a record and a string,
 * so a batch of reports' words stays small and is read back in order when Lucene indexes it. As a list, each
 * element is a {@link Segmenter.Word} made on demand.
 */
public final class Words extends AbstractList<Segmenter.Word> implements TokenSpans {
    private final char[] text;
    private int[] spans = new int[64];
    private int size;

    Words(char[] text) {
        this.text = text;
    }

    void add(int start, int end) {
        if (2 * size + 2 > spans.length) spans = Arrays.copyOf(spans, 2 * spans.length);
        spans[2 * size] = start;
        spans[2 * size + 1] = end;
        size++;
    }

    @Override
    public int start(int i) { return spans[2 * i]; }

    @Override
    public int end(int i) { return spans[2 * i + 1]; }

    @Override
    public Segmenter.Word get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return new Segmenter.Word(new String(text, start(i), end(i) - start(i)), start(i), end(i));
    }

    @Override
    public int size() { return size; }
}
