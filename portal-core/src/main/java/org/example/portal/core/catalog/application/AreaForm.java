package org.example.portal.core.catalog.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.core.catalog.domain.ProductArea;

/** The editable fields of a product area. */
public record AreaForm(
    @NotBlank(message = "{catalog.name.required}")
        @Size(max = ProductArea.NAME_MAX_LENGTH, message = "{catalog.name.tooLong}")
        String name,
    @Size(max = ProductArea.DESCRIPTION_MAX_LENGTH, message = "{catalog.description.tooLong}") String description,
    Boolean active) {}
