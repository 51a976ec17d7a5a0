package org.example.portal.pricingbids.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.example.portal.core.account.domain.Role;
import org.example.portal.core.rest.Caller;
import org.example.portal.pricingbids.application.BidExpiry;
import org.example.portal.pricingbids.application.BidForm;
import org.example.portal.pricingbids.application.BidService;
import org.example.portal.pricingbids.application.CampaignForm;
import org.example.portal.pricingbids.application.CounterForm;
import org.example.portal.pricingbids.application.DeclineForm;
import org.example.portal.pricingbids.application.DemandAnalysis;
import org.example.portal.pricingbids.application.OrderForm;
import org.example.portal.pricingbids.application.TermsForm;
import org.example.portal.pricingbids.domain.BidState;
import org.example.portal.pricingbids.domain.Campaign;
import org.example.portal.pricingbids.domain.CounterBid;
import org.example.portal.pricingbids.domain.DemandCurve;

/**
 * Counter-price bids. Customers place and follow their own bids and never see anyone else's (only the
 * anonymised price histogram); product managers and admins decide bids, set terms and read demand.
 */
@Path("bids")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BidResource {


  @Inject BidService bids;
  @Inject DemandAnalysis demand;
  @Inject BidExpiry expiry;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @APIResponseSchema(value = BidDto.class, responseCode = "201")
  @POST
  @RolesAllowed(Role.Names.CUSTOMER)
  public Response placeBid(@NotNull(message = "{request.body.required}") @Valid BidForm form) {
    CounterBid bid = bids.placeBid(Caller.id(security), form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(bid.getId())).build()).entity(dto(bid, true)).build();
  }

  @GET
  @Path("mine")
  @RolesAllowed(Role.Names.CUSTOMER)
  public List<BidDto> myBids() {
    return bids.bidsOf(Caller.id(security)).stream().map(b -> dto(b, false)).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public BidDto bid(@PathParam("id") long id) {
    return dto(bids.viewBid(Caller.id(security), isStaff(), id), true);
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed(Role.Names.CUSTOMER)
  public BidDto withdraw(@PathParam("id") long id) {
    return dto(bids.withdrawBid(Caller.id(security), id), true);
  }

  @POST
  @Path("{id}/counteroffer/accept")
  @RolesAllowed(Role.Names.CUSTOMER)
  public BidDto acceptCounteroffer(@PathParam("id") long id) {
    return dto(bids.acceptCounteroffer(Caller.id(security), id), true);
  }

  @POST
  @Path("{id}/counteroffer/decline")
  @RolesAllowed(Role.Names.CUSTOMER)
  public BidDto declineCounteroffer(@PathParam("id") long id) {
    return dto(bids.declineCounteroffer(Caller.id(security), id), true);
  }

  /** The product team's queue, oldest first; without {@code state} only open bids. */
  @GET
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public List<BidDto> queue(
      @QueryParam("areaId") Long areaId,
      @QueryParam("productId") Long productId,
      @QueryParam("ideaId") Long ideaId,
      @QueryParam("state") List<BidState> states,
      @QueryParam("first") @DefaultValue("0") @Min(value = 0, message = "{bids.page.first}") int first,
      @QueryParam("max") @DefaultValue("50") @Min(value = 1, message = "{bids.page.max}") @Max(value = 500, message = "{bids.page.max}") int max) {
    EnumSet<BidState> wanted = states == null || states.isEmpty() ? EnumSet.of(BidState.OPEN) : EnumSet.copyOf(states);
    return bids.queue(areaId, productId, ideaId, wanted, first, max).stream().map(b -> dto(b, false)).toList();
  }

  @POST
  @Path("{id}/accept")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public BidDto accept(@PathParam("id") long id) {
    return dto(bids.acceptBid(Caller.id(security), id), true);
  }

  @POST
  @Path("{id}/decline")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public BidDto decline(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid DeclineForm form) {
    return dto(bids.declineBid(Caller.id(security), id, form), true);
  }

  @POST
  @Path("{id}/counter")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public BidDto counter(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid CounterForm form) {
    return dto(bids.counterBid(Caller.id(security), id, form), true);
  }

  @PUT
  @Path("{id}/order")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public BidDto advanceOrder(@PathParam("id") long id, @NotNull(message = "{request.body.required}") @Valid OrderForm form) {
    return dto(bids.advanceOrder(Caller.id(security), id, form), true);
  }

  /** Counters many open bids of one product or one idea at once; see {@link CampaignForm}. */
  @APIResponseSchema(value = CampaignDto.class, responseCode = "201")
  @POST
  @Path("campaigns")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response startCampaign(@NotNull(message = "{request.body.required}") @Valid CampaignForm form) {
    Campaign campaign = bids.startCampaign(Caller.id(security), form);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(campaign.getId())).build())
        .entity(campaignDto(campaign.getId()))
        .build();
  }

  @GET
  @Path("campaigns/{id}")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public CampaignDto campaign(@PathParam("id") long id) {
    return campaignDto(id);
  }

  @GET
  @Path("products/{productId}/campaigns")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public List<CampaignDto> campaigns(@PathParam("productId") long productId) {
    return bids.productCampaigns(productId).stream().map(c -> CampaignDto.of(c, bids.progress(c.getId()))).toList();
  }

  @GET
  @Path("ideas/{ideaId}/campaigns")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public List<CampaignDto> ideaCampaigns(@PathParam("ideaId") long ideaId) {
    return bids.ideaCampaigns(ideaId).stream().map(c -> CampaignDto.of(c, bids.progress(c.getId()))).toList();
  }

  /**
   * Runs the deadline job now (it also runs every minute): expires bids past their deadline and closes
   * campaigns past theirs; answers what it did and how long each campaign took to close.
   */
  @POST
  @Path("deadlines/run")
  @RolesAllowed(Role.Names.ADMIN)
  public BidExpiry.Run runDeadlines() {
    return expiry.run();
  }

  @GET
  @Path("products/{productId}/terms")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TermsDto terms(@PathParam("productId") long productId) {
    return TermsDto.of(bids.productTerms(productId), isStaff());
  }

  @PUT
  @Path("products/{productId}/terms")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public TermsDto defineTerms(@PathParam("productId") long productId, @NotNull(message = "{request.body.required}") @Valid TermsForm form) {
    return TermsDto.of(bids.defineProductTerms(productId, form), true);
  }

  /** An idea's terms: the choices customers bid with and the minimum quantity; the price floor for staff only. */
  @GET
  @Path("ideas/{ideaId}/terms")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public TermsDto ideaTerms(@PathParam("ideaId") long ideaId) {
    return TermsDto.of(bids.ideaTerms(ideaId), isStaff());
  }

  @PUT
  @Path("ideas/{ideaId}/terms")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public TermsDto defineIdeaTerms(@PathParam("ideaId") long ideaId, @NotNull(message = "{request.body.required}") @Valid TermsForm form) {
    return TermsDto.of(bids.defineIdeaTerms(ideaId, form), true);
  }

  @GET
  @Path("products/{productId}/demand")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public DemandDto demand(@PathParam("productId") long productId) {
    return DemandDto.of(demand.demandFor(productId));
  }

  @GET
  @Path("products/{productId}/demand.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response demandCsv(@PathParam("productId") long productId) {
    DemandAnalysis.Report report = demand.demandFor(productId);
    return Response.ok(DemandAnalysis.csv(report))
        .header("Content-Disposition", "attachment; filename=\"demand-product-" + productId + ".csv\"")
        .build();
  }

  @GET
  @Path("ideas/{ideaId}/demand")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public DemandDto ideaDemand(@PathParam("ideaId") long ideaId) {
    return DemandDto.of(demand.demandForIdea(ideaId));
  }

  @GET
  @Path("ideas/{ideaId}/demand.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.Names.PRODUCT_MANAGER, Role.Names.ADMIN})
  public Response ideaDemandCsv(@PathParam("ideaId") long ideaId) {
    return Response.ok(DemandAnalysis.csv(demand.demandForIdea(ideaId)))
        .header("Content-Disposition", "attachment; filename=\"demand-idea-" + ideaId + ".csv\"")
        .build();
  }

  @GET
  @Path("products/{productId}/histogram")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public HistogramDto histogram(@PathParam("productId") long productId) {
    return HistogramDto.of(demand.demandFor(productId));
  }

  @GET
  @Path("ideas/{ideaId}/histogram")
  @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SUPPORT_AGENT, Role.Names.PRODUCT_MANAGER, Role.Names.TRIAGE_LEAD, Role.Names.ADMIN})
  public HistogramDto ideaHistogram(@PathParam("ideaId") long ideaId) {
    return HistogramDto.of(demand.demandForIdea(ideaId));
  }

  private boolean isStaff() {
    return Caller.isStaff(security);
  }

  private BidDto dto(CounterBid bid, boolean one) {
    CampaignDto campaign = one && bid.getCampaignId() != null ? campaignDto(bid.getCampaignId()) : null;
    return BidDto.of(bid, bids.productName(bid), campaign, one);
  }

  private CampaignDto campaignDto(long campaignId) {
    return CampaignDto.of(bids.campaign(campaignId), bids.progress(campaignId));
  }
}
