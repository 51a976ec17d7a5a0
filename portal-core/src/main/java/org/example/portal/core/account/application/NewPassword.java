package org.example.portal.core.account.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.example.portal.core.account.domain.Account;

/** A password chosen through a one-time link (reset or invitation). */
public record NewPassword(
    @NotBlank(message = "{account.token.required}") String token,
    @NotBlank(message = "{account.password.required}")
        @Size(
            min = Account.PASSWORD_MIN_LENGTH,
            max = Account.PASSWORD_MAX_LENGTH,
            message = "{account.password.length}")
        String password) {}
