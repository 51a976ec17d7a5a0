package org.example.portal.core.error;

/** The request breaks a rule about the current state, e.g. something already exists or was changed. */
public class ConflictException extends PortalException {

  private final String field;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    super(Kind.CONFLICT, message);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }
}
