package org.example.portal.feedback.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.example.portal.feedback.domain.Idea;

/** An idea as its author writes it: a title, a Markdown description, the product area and a few tags. */
public record IdeaForm(
    @NotBlank(message = "{ideas.title.required}") @Size(max = Idea.TITLE_MAX_LENGTH, message = "{ideas.title.tooLong}") String title,
    @Size(max = Idea.DESCRIPTION_MAX_LENGTH, message = "{ideas.description.tooLong}") String description,
    @NotNull(message = "{ideas.area.required}") Long areaId,
    @Size(max = Idea.MAX_TAGS, message = "{ideas.tags.tooMany}") List<String> tags) {

  public List<String> tagsOrEmpty() {
    return tags == null ? List.of() : tags;
  }
}
