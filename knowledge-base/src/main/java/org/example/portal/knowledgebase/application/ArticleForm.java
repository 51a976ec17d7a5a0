package org.example.portal.knowledgebase.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.example.portal.knowledgebase.domain.Article;

/** The editable fields of an article's draft. */
public record ArticleForm(
    @NotNull(message = "{kb.category.required}") Long categoryId,
    @NotBlank(message = "{kb.language.required}")
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,4})?", message = "{kb.language.invalid}")
        String language,
    @NotBlank(message = "{kb.title.required}") @Size(max = Article.TITLE_MAX_LENGTH, message = "{kb.title.tooLong}")
        String title,
    @NotBlank(message = "{kb.body.required}") @Size(max = Article.BODY_MAX_LENGTH, message = "{kb.body.tooLong}")
        String body,
    Boolean internal,
    @PositiveOrZero(message = "{kb.position.invalid}") Integer position) {}
