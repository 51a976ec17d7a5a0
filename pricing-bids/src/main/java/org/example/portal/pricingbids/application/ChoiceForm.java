package org.example.portal.pricingbids.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.pricingbids.domain.OptionChoice;

/** One requirement choice on the wire: group "Colour", choice "Green". */
public record ChoiceForm(
    @NotBlank(message = "{bids.option.group.required}")
        @Size(max = OptionChoice.GROUP_MAX_LENGTH, message = "{bids.option.group.tooLong}")
        String group,
    @NotBlank(message = "{bids.option.choice.required}")
        @Size(max = OptionChoice.CHOICE_MAX_LENGTH, message = "{bids.option.choice.tooLong}")
        String choice) {

  public OptionChoice toChoice() {
    return new OptionChoice(group, choice);
  }
}
