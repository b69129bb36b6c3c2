package io.dtmonitor.programme.version.content;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.dtmonitor.platform.http.Decimals;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A planned amount in thousands of the programme's currency: a FIXED exact decimal, or
 * WITHIN_FUNDING with no amount.
 */
@Schema(
    name = "Planned",
    description =
        "A planned amount in thousands of the programme's currency: FIXED with an exact decimal"
            + " amount, or WITHIN_FUNDING (\"в межах фінансування\") without one")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Planned(
    @Schema(required = true, example = "FIXED") @NotNull PlannedKind kind,
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            pattern = Decimals.AMOUNT_PATTERN,
            description = "Exact decimal, present exactly when kind is FIXED",
            example = "265.0",
            nullable = true)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal amount) {

  public static final Planned WITHIN = new Planned(PlannedKind.WITHIN_FUNDING, null);

  public static Planned fixed(BigDecimal amount) {
    return new Planned(PlannedKind.FIXED, normalize(amount));
  }

  public static Planned fixed(String amount) {
    return fixed(new BigDecimal(amount));
  }

  @JsonIgnore
  public boolean isFixed() {
    return kind == PlannedKind.FIXED;
  }

  /** The fixed part of this amount: the amount when FIXED, zero when within funding. */
  public BigDecimal fixedPart() {
    return isFixed() && amount != null ? amount : BigDecimal.ZERO;
  }

  /** Equal in kind and, when fixed, in value regardless of trailing zeros. */
  public boolean sameAs(Planned other) {
    if (other == null || kind != other.kind) {
      return false;
    }
    return !isFixed() || fixedPart().compareTo(other.fixedPart()) == 0;
  }

  /** Keeps at least one decimal and drops other trailing zeros: 265 and 265.00 become 265.0. */
  public static BigDecimal normalize(BigDecimal amount) {
    return Decimals.normalize(amount);
  }
}
