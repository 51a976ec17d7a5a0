package org.example.portal.knowledgebase.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.example.portal.core.persistence.ModuleSchema;

/** The knowledge base's own tables ({@code kb_*}), migrated after core's. */
@ApplicationScoped
public class KnowledgeBaseSchema implements ModuleSchema {

  @Override
  public String name() {
    return "knowledgebase";
  }
}
