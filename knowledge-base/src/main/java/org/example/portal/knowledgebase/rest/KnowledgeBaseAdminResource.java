package org.example.portal.knowledgebase.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.rest.Caller;
import org.example.portal.knowledgebase.application.ArticleForm;
import org.example.portal.knowledgebase.application.ArticleImport;
import org.example.portal.knowledgebase.application.ArticleService;
import org.example.portal.knowledgebase.application.CategoryForm;
import org.example.portal.knowledgebase.application.CategoryOrder;
import org.example.portal.knowledgebase.application.SearchAnalytics;
import org.example.portal.knowledgebase.domain.ArticleStatus;
import org.example.portal.core.text.Markdown;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.CategoryDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.DraftDto;
import org.example.portal.knowledgebase.rest.KnowledgeBaseDtos.VersionDto;

/** Staff write the knowledge base: categories, drafts, publishing, versions, imports and search analytics. */
@Path("kb/admin")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
public class KnowledgeBaseAdminResource {

  @Inject ArticleService articles;

  @Inject ArticleImport imports;

  @Inject SearchAnalytics analytics;

  @Context SecurityContext security;

  /** A preview of Markdown as readers will see it. */
  public record PreviewDto(String html) {}

  /** The Markdown to preview. */
  public record PreviewRequest(String markdown) {}

  @APIResponseSchema(value = CategoryDto.class, responseCode = "201")
  @POST
  @Path("categories")
  public Response createCategory(@NotNull(message = "{request.body.required}") @Valid CategoryForm form) {
    return Response.status(Response.Status.CREATED).entity(CategoryDto.of(articles.createCategory(form))).build();
  }

  /**
   * Puts the top categories ({@code parentId} null) or one category's sections in a new order: {@code ids}
   * lists every one of them, first to last. Answers every category in the order readers now see.
   */
  @PUT
  @Path("categories/order")
  public List<CategoryDto> reorderCategories(@NotNull(message = "{request.body.required}") @Valid CategoryOrder order) {
    return articles.reorderCategories(order).stream().map(CategoryDto::of).toList();
  }

  /** Renames, describes or moves a category or section; without {@code position} it keeps its place. */
  @PUT
  @Path("categories/{id}")
  public CategoryDto updateCategory(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid CategoryForm form) {
    return CategoryDto.of(articles.updateCategory(id, form));
  }

  /** Every article with its draft; {@code status} narrows to DRAFT, PUBLISHED or ARCHIVED. */
  @GET
  @Path("articles")
  public List<DraftDto> articles(@QueryParam("status") ArticleStatus status) {
    return articles.articles(status).stream().map(DraftDto::of).toList();
  }

  @GET
  @Path("articles/{id}")
  public DraftDto article(@PathParam("id") long id) {
    return DraftDto.of(articles.article(id));
  }

  @APIResponseSchema(value = DraftDto.class, responseCode = "201")
  @POST
  @Path("articles")
  public Response createArticle(@NotNull(message = "{request.body.required}") @Valid ArticleForm form) {
    return Response.status(Response.Status.CREATED).entity(DraftDto.of(articles.createArticle(form))).build();
  }

  @PUT
  @Path("articles/{id}")
  public DraftDto updateArticle(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid ArticleForm form) {
    return DraftDto.of(articles.updateArticle(id, form));
  }

  @POST
  @Path("articles/{id}/publish")
  public DraftDto publish(@PathParam("id") long id) {
    return DraftDto.of(articles.publishArticle(id, Caller.id(security)));
  }

  @POST
  @Path("articles/{id}/archive")
  public DraftDto archive(@PathParam("id") long id) {
    return DraftDto.of(articles.archiveArticle(id));
  }

  @GET
  @Path("articles/{id}/versions")
  public List<VersionDto> versions(@PathParam("id") long id) {
    return articles.versions(id).stream().map(VersionDto::of).toList();
  }

  /** Publishes an older version's text again as the newest version. */
  @POST
  @Path("articles/{id}/versions/{number}/restore")
  public DraftDto restore(@PathParam("id") long id, @PathParam("number") int number) {
    return DraftDto.of(articles.restoreVersion(id, number, Caller.id(security)));
  }

  @POST
  @Path("preview")
  public PreviewDto preview(@NotNull(message = "{request.body.required}") PreviewRequest request) {
    return new PreviewDto(Markdown.toHtml(request.markdown()));
  }

  /** Imports a ZIP of Markdown and HTML files into one category; returns what was imported and skipped. */
  @POST
  @Path("import")
  @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
  public ArticleImport.Report importZip(
      InputStream zip,
      @QueryParam("categoryId") Long categoryId,
      @QueryParam("language") @DefaultValue("en") String language,
      @QueryParam("publish") @DefaultValue("false") boolean publish,
      @QueryParam("internal") @DefaultValue("false") boolean internal) {
    var options = new ArticleImport.Options(categoryId, language, publish, internal, Caller.id(security));
    return imports.importZip(zip, options, progress -> {});
  }

  /** Top queries, queries with no result and the articles with the most "not helpful" votes. */
  @GET
  @Path("analytics")
  public AnalyticsDto analytics(@QueryParam("days") @DefaultValue("30") int days) {
    var report = analytics.report(Duration.ofDays(Math.clamp(days, 1, 3650)));
    return new AnalyticsDto(
        report.topQueries(), report.zeroResultQueries(),
        report.mostNotHelpful().stream().map(DraftDto::of).toList());
  }

  /** Search analytics on the wire. */
  public record AnalyticsDto(
      List<SearchAnalytics.QueryCount> topQueries, List<SearchAnalytics.QueryCount> zeroResultQueries, List<DraftDto> mostNotHelpful) {}
}
