package org.example.portal.feedback.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.example.portal.feedback.domain.Idea;

/**
 * Moves votes and followers between ideas in bulk SQL, because a popular idea has thousands of them. A merge
 * first records every vote and follower of the duplicate (and whether the target already had that customer)
 * in {@code feedback_merge_move}, then moves those the target lacks and drops the rest; undoing a merge
 * reads the same record back. Counters are then recounted from the rows, never adjusted by guesswork.
 */
public final class VoteMoves {

  private VoteMoves() {}

  public static void merge(EntityManager em, long mergeId, long sourceId, long targetId) {
    record(em, mergeId, sourceId, targetId, "V", "feedback_vote", "s.weight");
    record(em, mergeId, sourceId, targetId, "F", "feedback_follow", "0");
    for (String table : List.of("feedback_vote", "feedback_follow")) {
      em.createNativeQuery(
              "update " + table + " set idea_id = ?1 where idea_id = ?2"
                  + " and customer_id not in (select t.customer_id from " + table + " t where t.idea_id = ?1)")
          .setParameter(1, targetId)
          .setParameter(2, sourceId)
          .executeUpdate();
      em.createNativeQuery("delete from " + table + " where idea_id = ?1").setParameter(1, sourceId).executeUpdate();
    }
  }

  private static void record(EntityManager em, long mergeId, long sourceId, long targetId, String kind, String table, String weight) {
    em.createNativeQuery(
            "insert into feedback_merge_move (merge_id, kind, customer_id, weight, created_at, moved)"
                + " select ?1, '" + kind + "', s.customer_id, " + weight + ", s.created_at,"
                + " case when exists (select 1 from " + table + " t where t.idea_id = ?3 and t.customer_id = s.customer_id) then false else true end"
                + " from " + table + " s where s.idea_id = ?2")
        .setParameter(1, mergeId)
        .setParameter(2, sourceId)
        .setParameter(3, targetId)
        .executeUpdate();
  }

  /** Gives the duplicate back every vote and follower it had; the target keeps only what was its own. */
  public static void undo(EntityManager em, long mergeId, long sourceId, long targetId) {
    for (String[] kind : new String[][] {{"V", "feedback_vote"}, {"F", "feedback_follow"}}) {
      em.createNativeQuery(
              "delete from " + kind[1] + " where idea_id = ?1 and customer_id in"
                  + " (select m.customer_id from feedback_merge_move m where m.merge_id = ?2 and m.kind = '" + kind[0] + "' and m.moved = true)")
          .setParameter(1, targetId)
          .setParameter(2, mergeId)
          .executeUpdate();
      String columns = kind[0].equals("V") ? "idea_id, customer_id, weight, created_at" : "idea_id, customer_id, created_at";
      String values = kind[0].equals("V") ? "?1, m.customer_id, m.weight, m.created_at" : "?1, m.customer_id, m.created_at";
      em.createNativeQuery(
              "insert into " + kind[1] + " (" + columns + ") select " + values + " from feedback_merge_move m"
                  + " where m.merge_id = ?2 and m.kind = '" + kind[0] + "'"
                  + " and not exists (select 1 from " + kind[1] + " x where x.idea_id = ?1 and x.customer_id = m.customer_id)")
          .setParameter(1, sourceId)
          .setParameter(2, mergeId)
          .executeUpdate();
    }
  }

  /** Sets the idea's counters from its rows. */
  public static void recount(EntityManager em, Idea idea) {
    List<?> votes =
        em.createNativeQuery("select weight, created_at from feedback_vote where idea_id = ?1").setParameter(1, idea.getId()).getResultList();
    int weighted = 0;
    List<Instant> votedAt = new ArrayList<>(votes.size());
    for (Object row : votes) {
      Object[] columns = (Object[]) row;
      weighted += ((Number) columns[0]).intValue();
      votedAt.add(toInstant(columns[1]));
    }
    Number followers =
        (Number) em.createNativeQuery("select count(*) from feedback_follow where idea_id = ?1").setParameter(1, idea.getId()).getSingleResult();
    idea.recount(votes.size(), weighted, votedAt, followers.intValue());
  }

  private static Instant toInstant(Object value) {
    return switch (value) {
      case Instant i -> i;
      case OffsetDateTime o -> o.toInstant();
      case Timestamp t -> t.toInstant();
      case ZonedDateTime z -> z.toInstant();
      default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    };
  }
}
