package org.example.portal.core.account.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.example.portal.core.account.domain.Account;
import org.example.portal.core.account.domain.Role;

/** An admin invites a staff member, who then chooses a password through the e-mailed link. */
public record Invitation(
    @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = Account.EMAIL_MAX_LENGTH, message = "{account.email.tooLong}")
        String email,
    @NotBlank(message = "{account.displayName.required}")
        @Size(max = Account.DISPLAY_NAME_MAX_LENGTH, message = "{account.displayName.tooLong}")
        String displayName,
    @NotEmpty(message = "{account.roles.required}") Set<Role> roles) {}
