package io.dtmonitor.indicator.catalogue;

import io.dtmonitor.indicator.catalogue.IndicatorRepository.MappingKey;
import io.dtmonitor.platform.audit.AuditLog;
import io.dtmonitor.platform.http.Decimals;
import io.dtmonitor.platform.paging.Page;
import io.dtmonitor.platform.paging.PageRequest;
import io.dtmonitor.platform.problem.FieldError;
import io.dtmonitor.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The mappings between an indicator's methodologies, kept by admins: a value of one methodology
 * times the factor plus the offset is on the other's scale (DT_INDEX 2024, 0-1, to 2025, 0-100:
 * x100). The cross-region view converts a previous period's value through them to give a trend
 * across a change of methodology; without one the trend is NOT_COMPARABLE.
 */
@ApplicationScoped
public class MethodologyMappingService {

  /** The object type of a mapping's audit records, whose id is indicator/from/to. */
  public static final String AUDITED_AS = "methodology-mapping";

  private final AuditLog audit;
  private final IndicatorRepository indicators;

  public MethodologyMappingService(IndicatorRepository indicators, AuditLog audit) {
    this.audit = audit;
    this.indicators = indicators;
  }

  /** One page of an indicator's mappings, by source and target methodology. */
  public MethodologyMappingResponse.Listing list(String code, PageRequest page) {
    requireIndicator(code);
    Page<MethodologyMappingResponse> mappings =
        page.toPage(
                indicators.mappingsOf(code, page.after(MappingKey::parse), page.fetchSize()),
                mapping -> new MappingKey(mapping.fromVersion(), mapping.toVersion()).toString())
            .map(MethodologyMappingService::response);
    return new MethodologyMappingResponse.Listing(mappings.items(), mappings.nextPageToken());
  }

  /** Sets the mapping from one methodology to another, creating or replacing it. */
  @Transactional
  public MethodologyMappingResponse set(
      String code, String from, String to, MethodologyMappingRequest request) {
    Indicator indicator = requireIndicator(code);
    List<FieldError> errors = new ArrayList<>();
    if (indicators.methodology(indicator, from).isEmpty()) {
      errors.add(FieldError.inBody("fromVersion", "is not a methodology of " + code));
    }
    if (indicators.methodology(indicator, to).isEmpty()) {
      errors.add(FieldError.inBody("toVersion", "is not a methodology of " + code));
    }
    if (from.equals(to)) {
      errors.add(FieldError.inBody("toVersion", "must differ from fromVersion"));
    }
    if (request.factor().signum() == 0) {
      errors.add(FieldError.inBody("factor", "must not be 0: the mapping would lose every value"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    BigDecimal offset = request.offset() == null ? BigDecimal.ZERO : request.offset();
    MethodologyMappingResponse before =
        indicators.mapping(code, from, to).map(MethodologyMappingService::response).orElse(null);
    indicators.setMapping(code, from, to, request.factor(), offset);
    MethodologyMappingResponse after =
        new MethodologyMappingResponse(
            code, from, to, Decimals.normalize(request.factor()), Decimals.normalize(offset));
    audit.record(AUDITED_AS, code + "/" + from + "/" + to, null, before, after);
    return after;
  }

  private Indicator requireIndicator(String code) {
    return indicators
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Indicator", code));
  }

  private static MethodologyMappingResponse response(IndicatorRepository.Mapping mapping) {
    return new MethodologyMappingResponse(
        mapping.indicatorCode(),
        mapping.fromVersion(),
        mapping.toVersion(),
        Decimals.normalize(mapping.factor()),
        Decimals.normalize(mapping.offset()));
  }
}
