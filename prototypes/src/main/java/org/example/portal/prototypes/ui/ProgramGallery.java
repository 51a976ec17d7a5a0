package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.example.portal.core.file.ImageType;
import org.example.portal.core.ui.FormErrors;
import org.example.portal.prototypes.application.ProgramImages;
import org.example.portal.prototypes.domain.ProgramImage;
import org.example.portal.prototypes.domain.SampleProgram;

/**
 * A program's pictures in their order: the uploaded images, or, for a program that has none, the image
 * addresses it names. For the product team ({@code editable}) each image can be removed or moved forward,
 * and new ones uploaded; the bytes go through the same checks as the API's.
 */
class ProgramGallery extends Div {

  private final ProgramImages images;
  private final SampleProgram program;
  private final boolean editable;
  private final String height;

  ProgramGallery(ProgramImages images, SampleProgram program, boolean editable, String height) {
    this.images = images;
    this.program = program;
    this.editable = editable;
    this.height = height;
    setId("program-gallery-" + program.getId());
    addClassName("sample-gallery");
    render();
  }

  private void render() {
    removeAll();
    Div pictures = new Div();
    pictures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "flex-end");
    List<ProgramImage.Ref> uploaded = images.images(program.getId());
    for (ProgramImage.Ref ref : uploaded) {
      pictures.add(editable ? editable(ref, uploaded) : picture(ref));
    }
    if (uploaded.isEmpty()) {
      program.getImageUrls().stream().filter(u -> u.startsWith("https://") || u.startsWith("http://")).forEach(url -> pictures.add(sized(new Image(url, program.displayName()))));
    }
    add(pictures);
    if (editable) {
      add(upload());
    }
  }

  private Image picture(ProgramImage.Ref ref) {
    long programId = program.getId();
    Image image = new Image(DownloadHandler.fromInputStream(event -> {
      byte[] bytes = images.image(programId, ref.id()).getContent();
      return new DownloadResponse(new ByteArrayInputStream(bytes), ref.fileName(), ref.contentType(), bytes.length);
    }).inline(), program.displayName() + ", " + ref.fileName());
    image.addClassName("sample-image");
    image.getElement().setAttribute("data-image", String.valueOf(ref.id()));
    return sized(image);
  }

  private Image sized(Image image) {
    image.setMaxHeight(height);
    return image;
  }

  private Div editable(ProgramImage.Ref ref, List<ProgramImage.Ref> all) {
    Button remove = new Button(getTranslation("samples.images.remove"), e -> act(() -> images.removeImage(program.getId(), ref.id())));
    remove.setId("program-image-remove-" + ref.id());
    Button earlier = new Button(getTranslation("samples.images.earlier"), e -> act(() -> images.reorder(program.getId(), movedForward(all, ref.id()))));
    earlier.setId("program-image-earlier-" + ref.id());
    earlier.setEnabled(all.getFirst().id() != ref.id());
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    earlier.addThemeVariants(ButtonVariant.LUMO_SMALL);
    Div box = new Div(picture(ref), new Div(earlier, remove));
    return box;
  }

  /** The ids in order, with this one swapped with the one before it. */
  static List<Long> movedForward(List<ProgramImage.Ref> all, long imageId) {
    List<Long> ids = new ArrayList<>(all.stream().map(ProgramImage.Ref::id).toList());
    int at = ids.indexOf(imageId);
    if (at > 0) {
      ids.set(at, ids.get(at - 1));
      ids.set(at - 1, imageId);
    }
    return ids;
  }

  private Upload upload() {
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> act(() -> {
      images.addImage(program.getId(), metadata.fileName(), bytes);
      Notification.show(getTranslation("samples.images.added", metadata.fileName()), 3000, Notification.Position.BOTTOM_START);
    })))));
    upload.setId("program-image-upload");
    upload.setAcceptedFileTypes(java.util.Arrays.stream(ImageType.values()).map(ImageType::contentType).toArray(String[]::new));
    upload.setMaxFileSize((int) ProgramImage.MAX_BYTES);
    upload.setUploadButton(new Button(getTranslation("samples.images.upload")));
    return upload;
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      FormErrors.show(e, Map.of());
    }
    render();
  }
}
