package org.example.portal.knowledgebase.application;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A new order for the top categories ({@code parentId} null) or for the sections of one category: every one
 * of them, first to last.
 */
public record CategoryOrder(Long parentId, @NotNull(message = "{kb.order.required}") List<@NotNull(message = "{kb.order.required}") Long> ids) {}
