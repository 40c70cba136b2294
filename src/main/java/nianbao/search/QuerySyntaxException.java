package nianbao.search;

/** A query that cannot be read; the message is one line for the user, Chinese first, English beside. */
public final class QuerySyntaxException extends Exception {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
