package org.example.portal.core.error;

/**
 * An expected business failure a person can act on. Its message is written for the person (a customer or
 * a staff member), never a stack trace; the REST layer turns it into problem+json with the status its
 * {@link Kind} names and the UI shows the message as it is.
 */
public abstract class PortalException extends RuntimeException {

  /** What kind of failure this is; decides the HTTP status. */
  public enum Kind {
    INVALID(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    TOO_MANY_REQUESTS(429);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;

  protected PortalException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The input field the failure is about, if any, so forms can show the message beside it. */
  public String field() {
    return null;
  }
}
