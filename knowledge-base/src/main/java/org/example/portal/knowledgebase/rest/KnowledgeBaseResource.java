package org.example.portal.knowledgebase.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.knowledgebase.application.FeedbackForm;
import org.example.portal.knowledgebase.application.HelpCenter;
import org.example.portal.knowledgebase.application.Visitor;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.AnswerDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.ArticleDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.ArticleSummaryDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.CategoryDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.HitDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.SearchResultsDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.SuggestionDto;

/**
 * The knowledge base as readers see it. Anyone may call it; what comes back depends on who calls: staff
 * also see internal articles, nobody sees drafts or archived articles here.
 */
@Path("kb")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeBaseResource {

  @Inject HelpCenter help;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  private Visitor visitor(String language) {
    return VisitorOf.request(security, headers, language);
  }

  @GET
  @Path("categories")
  @PermitAll
  public List<CategoryDto> categories() {
    return help.categories().stream().map(CategoryDto::of).toList();
  }

  @GET
  @Path("articles")
  @PermitAll
  public List<ArticleSummaryDto> articles(@QueryParam("categoryId") Long categoryId) {
    return help.articles(visitor(null), categoryId).stream().map(ArticleSummaryDto::of).toList();
  }

  /**
   * The published article, with the caller's answer to "Was this helpful?" if they gave one. Counts a view,
   * once a day per reader: a signed-in account, or an anonymous browser session (cookie {@code kb_reader}).
   */
  @APIResponseSchema(ArticleDto.class)
  @GET
  @Path("articles/{id}")
  @PermitAll
  public Response article(@PathParam("id") long id) {
    Visitor visitor = visitor(null);
    return remembering(visitor, ArticleDto.of(help.read(id, visitor)));
  }

  @GET
  @Path("articles/{id}/related")
  @PermitAll
  public List<HitDto> related(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("5") int limit) {
    return help.related(id, visitor(null), Math.clamp(limit, 1, 20)).stream().map(HitDto::of).toList();
  }

  /**
   * "Was this helpful?": one answer per reader (a signed-in account, or an anonymous browser session by its
   * cookie {@code kb_reader}). Answering again replaces the answer; the counters move only when it changed.
   */
  @APIResponseSchema(AnswerDto.class)
  @POST
  @Path("articles/{id}/feedback")
  @PermitAll
  public Response feedback(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid FeedbackForm form) {
    Visitor visitor = visitor(null);
    return remembering(visitor, AnswerDto.of(help.giveFeedback(id, visitor, form)));
  }

  /** The answer, with the reader cookie for an anonymous caller so that their next request is the same reader. */
  private Response remembering(Visitor visitor, Object entity) {
    Response.ResponseBuilder ok = Response.ok(entity);
    if (visitor.accountId() == null) {
      ok.cookie(VisitorOf.readerCookie(visitor, uri));
    }
    return ok.build();
  }

  /**
   * Full-text search. {@code q} is plain text: quotes make a phrase, nothing else has a meaning. Without
   * {@code language} the caller's language (Accept-Language) is searched first and others when it has no hit.
   */
  @GET
  @Path("search")
  @PermitAll
  public SearchResultsDto search(
      @QueryParam("q") String q,
      @QueryParam("categoryId") Long categoryId,
      @QueryParam("language") String language,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("10") int limit) {
    return SearchResultsDto.of(help.search(visitor(null), q, categoryId, language, offset, limit));
  }

  /** Titles completing what is typed so far. */
  @GET
  @Path("suggestions")
  @PermitAll
  public List<SuggestionDto> suggestions(@QueryParam("q") String q, @QueryParam("language") String language) {
    return help.suggest(visitor(language), q).stream().map(s -> new SuggestionDto(Long.parseLong(s.id()), s.title())).toList();
  }
}
