package nianbao.index;

/** Where the tokens of a normalised text start and end, in order: the text's chars {@code [start(i), end(i))}. */
interface TokenSpans {
    int size();

    int start(int i);

    int end(int i);
}
