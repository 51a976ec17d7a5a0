package org.example.portal.pricingbids.application;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A price per unit: more than zero, whole cents, and small enough for the database's {@code numeric(12, 2)}.
 * Null is allowed; add {@code @NotNull} where a price is required.
 */
@DecimalMin(value = "0.01", message = "{bids.price.positive}")
@Digits(integer = 10, fraction = 2, message = "{bids.price.invalid}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Price {

  String message() default "{bids.price.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
