package dev.triage.report;

import dev.triage.model.Tier;

/** The words every report and result uses for a tier, spelled out so nothing relies on colour. */
public final class Tiers {
  private Tiers() {}

  /** The tier in capitals, then what to do: the first line of every result. */
  public static String headline(Tier tier) {
    return switch (tier) {
      case EMERGENCY -> "EMERGENCY: act now - call emergency services or go to A&E";
      case URGENT -> "URGENT: get checked by a doctor today";
      case SOON -> "SOON: see a doctor or physiotherapist within a few days";
      case SELF_CARE ->
          "SELF-CARE: look after it yourself; see a professional if it does not improve";
    };
  }

  /** Whether a result of this tier is shown inside a banner so it cannot be missed. */
  public static boolean alarming(Tier tier) {
    return tier == Tier.EMERGENCY || tier == Tier.URGENT;
  }
}
