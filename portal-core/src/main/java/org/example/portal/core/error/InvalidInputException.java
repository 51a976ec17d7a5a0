package org.example.portal.core.error;

/** One field of a request breaks a rule that Bean Validation cannot express. */
public class InvalidInputException extends PortalException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(Kind.INVALID, message);
    this.field = field;
  }

  @Override
  public String field() {
    return field;
  }
}
