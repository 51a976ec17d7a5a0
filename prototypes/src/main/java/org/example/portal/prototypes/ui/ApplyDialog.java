package org.example.portal.prototypes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.example.portal.core.ui.SaveFooter;
import org.example.portal.core.ui.SignedInUser;
import org.example.portal.prototypes.application.ApplicationForm;
import org.example.portal.prototypes.application.SampleRequestService;
import org.example.portal.prototypes.domain.SampleProgram;
import org.example.portal.prototypes.domain.SampleRequest;

/** Applying for a sample on one screen: read the terms, accept them, optionally say why, send. */
class ApplyDialog extends Dialog {

  ApplyDialog(SampleRequestService requests, SampleProgram program, Consumer<SampleRequest> applied) {
    setHeaderTitle(getTranslation("samples.apply.title", program.displayName()));
    setWidth("min(40em, 100%)");
    Div terms = new Div(program.getTerms());
    terms.setId("apply-terms-text");
    terms.getStyle().set("white-space", "pre-wrap").set("max-height", "14em").set("overflow", "auto")
        .set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s)");
    Checkbox accept = new Checkbox(getTranslation("samples.apply.accept"));
    accept.setId("apply-accept");
    TextArea motivation = new TextArea(getTranslation("samples.apply.motivation"));
    motivation.setId("apply-motivation");
    motivation.setMaxLength(SampleRequest.MOTIVATION_MAX_LENGTH);
    motivation.setWidthFull();
    add(new H4(getTranslation("samples.apply.terms", program.getTermsVersion())), terms, accept, motivation);

    Map<String, HasValidation> fields = Map.of("acceptTerms", accept, "motivation", motivation, "termsVersion", accept, "programId", accept);
    SampleRequest[] made = new SampleRequest[1];
    SaveFooter.add(this, "apply", fields, () -> made[0] = requests.requestSample(
        SignedInUser.current().orElseThrow().id(),
        new ApplicationForm(program.getId(), accept.getValue(), program.getTermsVersion(), motivation.getValue())), () -> applied.accept(made[0]));
  }
}
