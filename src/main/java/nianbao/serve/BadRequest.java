package nianbao.serve;

/** A request the API refuses with 400 and a message for the user (Chinese first, English beside). */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) { super(message); }
}
