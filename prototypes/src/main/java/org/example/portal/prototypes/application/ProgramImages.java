package org.example.portal.prototypes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.example.portal.core.error.InvalidInputException;
import org.example.portal.core.error.NotFoundException;
import org.example.portal.prototypes.domain.ProgramImage;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * The images product teams upload for a program: added at the end, removed, put in another order. Staff see
 * every program's images, customers those of published programs (the caller decides which program they may see).
 */
@ApplicationScoped
@Transactional
public class ProgramImages {

  @PersistenceContext EntityManager em;
  @Inject SampleProgramService programs;

  Clock clock = Clock.systemUTC();

  /** The program's images in their order, without their bytes. */
  public List<ProgramImage.Ref> images(long programId) {
    return em.createNamedQuery("ProgramImage.refsOfProgram", ProgramImage.Ref.class).setParameter("programId", programId).getResultList();
  }

  /** One image with its bytes, if it belongs to the program. */
  public ProgramImage image(long programId, long imageId) {
    ProgramImage image = em.find(ProgramImage.class, imageId);
    if (image == null || image.getProgramId() != programId) {
      throw new NotFoundException("Image", imageId);
    }
    return image;
  }

  /**
   * Adds an image after the others. The program's row is locked meanwhile, so two uploads at once cannot both
   * take the last free place.
   */
  public ProgramImage addImage(long programId, String fileName, byte[] content) {
    SampleProgram program = programs.program(programId);
    em.lock(program, LockModeType.PESSIMISTIC_WRITE);
    List<ProgramImage.Ref> existing = images(programId);
    if (existing.size() >= ProgramImage.MAX_PER_PROGRAM) {
      throw new InvalidInputException("file", "A program has at most " + ProgramImage.MAX_PER_PROGRAM + " images; remove one first.");
    }
    int position = existing.isEmpty() ? 1 : existing.getLast().position() + 1;
    ProgramImage image = new ProgramImage(programId, position, fileName, content, clock.instant());
    em.persist(image);
    em.flush();
    return image;
  }

  public void removeImage(long programId, long imageId) {
    em.remove(image(programId, imageId));
  }

  /** Puts the program's images in this order; the list must name each of them once. */
  public List<ProgramImage.Ref> reorder(long programId, List<Long> imageIds) {
    programs.program(programId);
    List<ProgramImage> images = em.createNamedQuery("ProgramImage.ofProgram", ProgramImage.class).setParameter("programId", programId).getResultList();
    if (imageIds.size() != images.size() || !new HashSet<>(imageIds).equals(new HashSet<>(images.stream().map(ProgramImage::getId).toList()))) {
      throw new InvalidInputException("imageIds", "Name each of the program's " + images.size() + " images once, in the new order.");
    }
    images.forEach(i -> i.moveTo(imageIds.indexOf(i.getId()) + 1));
    em.flush();
    return images(programId);
  }
}
