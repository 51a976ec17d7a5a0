package org.example.portal.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.triage.domain.SavedView;

/** Each staff member's saved inbox views: a name and the filters as a query string. */
@ApplicationScoped
@Transactional
public class SavedViews {

  @PersistenceContext EntityManager em;

  public List<SavedView> viewsOf(long ownerId) {
    return em.createNamedQuery("SavedView.ofOwner", SavedView.class).setParameter("ownerId", ownerId).getResultList();
  }

  /** Saves the filters under this name, replacing the owner's view of the same name. */
  public SavedView save(long ownerId, String name, String query) {
    if (name == null || name.isBlank() || name.strip().length() > SavedView.NAME_MAX_LENGTH) {
      throw new InvalidInputException("name", "Give the view a name of at most " + SavedView.NAME_MAX_LENGTH + " characters.");
    }
    String q = query == null ? "" : query;
    if (q.length() > SavedView.QUERY_MAX_LENGTH) {
      throw new InvalidInputException("query", "The filters are too long to save.");
    }
    for (SavedView view : viewsOf(ownerId)) {
      if (view.getName().equalsIgnoreCase(name.strip())) {
        view.change(q);
        return view;
      }
    }
    SavedView view = new SavedView(ownerId, name, q);
    em.persist(view);
    em.flush();
    return view;
  }

  public void delete(long ownerId, long id) {
    SavedView view = em.find(SavedView.class, id);
    if (view == null || view.getOwnerId() != ownerId) {
      throw new NotFoundException("Saved view", id);
    }
    em.remove(view);
  }
}
