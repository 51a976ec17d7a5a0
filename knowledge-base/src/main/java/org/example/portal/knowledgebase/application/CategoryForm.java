package org.example.portal.knowledgebase.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.example.portal.knowledgebase.domain.Category;

/** The editable fields of a category or, with a parent, a section. */
public record CategoryForm(
    Long parentId,
    @NotBlank(message = "{kb.name.required}") @Size(max = Category.NAME_MAX_LENGTH, message = "{kb.name.tooLong}") String name,
    @Size(max = Category.DESCRIPTION_MAX_LENGTH, message = "{kb.description.tooLong}") String description,
    @PositiveOrZero(message = "{kb.position.invalid}") Integer position) {}
