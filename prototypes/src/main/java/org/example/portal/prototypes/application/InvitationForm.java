package org.example.portal.prototypes.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Customers to add to a program's invitation list, by account id. */
public record InvitationForm(@NotEmpty(message = "{samples.invite.required}") @Size(max = 10_000, message = "{samples.invite.tooMany}") Set<@NotNull Long> customerIds) {}
