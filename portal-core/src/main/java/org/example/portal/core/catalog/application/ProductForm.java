package org.example.portal.core.catalog.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.example.portal.core.catalog.domain.Product;

/** The editable fields of a product. */
public record ProductForm(
    @NotNull(message = "{catalog.area.required}") Long areaId,
    @NotBlank(message = "{catalog.name.required}")
        @Size(max = Product.NAME_MAX_LENGTH, message = "{catalog.name.tooLong}")
        String name,
    @Size(max = Product.DESCRIPTION_MAX_LENGTH, message = "{catalog.description.tooLong}") String description,
    @NotBlank(message = "{catalog.currency.required}")
        @Pattern(regexp = "[A-Za-z]{3}", message = "{catalog.currency.invalid}")
        String currency,
    @DecimalMin(value = "0.00", message = "{catalog.price.negative}")
        @Digits(integer = 10, fraction = 2, message = "{catalog.price.invalid}")
        BigDecimal listPrice,
    Boolean active) {}
