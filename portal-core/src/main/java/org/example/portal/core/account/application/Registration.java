package org.example.portal.core.account.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.example.portal.core.account.domain.Account;

/** What a customer gives to register. */
public record Registration(
    @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = Account.EMAIL_MAX_LENGTH, message = "{account.email.tooLong}")
        String email,
    @NotBlank(message = "{account.displayName.required}")
        @Size(max = Account.DISPLAY_NAME_MAX_LENGTH, message = "{account.displayName.tooLong}")
        String displayName,
    @NotBlank(message = "{account.password.required}")
        @Size(
            min = Account.PASSWORD_MIN_LENGTH,
            max = Account.PASSWORD_MAX_LENGTH,
            message = "{account.password.length}")
        String password,
    @Pattern(regexp = "en|uz", message = "{account.language.unsupported}") String language) {}
