package dev.northbound.scoring.toolkit.synthetic;

import dev.northbound.scoring.core.credit.AlternativeData;
import dev.northbound.scoring.core.credit.CreditFile;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a SYNTHETIC portfolio of Hong Kong residents applying for credit in the mainland Greater
 * Bay Area, following the generative model written down in {@code docs/synthetic-data.md}.
 *
 * <p>{@link #generate(long, int)} is a pure function of (seed, index): each applicant draws from
 * its own {@link SplittableRandom} derived from both, so a portfolio can be generated in any order,
 * in parallel, or in pieces, and always comes out the same. The segment, latents and outcome are
 * drawn first from that generator; the observed credit file comes from a stream split off after
 * them, so the outcome does not depend on how the observed data is drawn.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PortfolioGenerator gen = PortfolioGenerator.of(GeneratorConfig.defaults());
 * SyntheticApplicant a = gen.generate(42L, 0);
 * gen.stream(42L, 0, 100_000).forEachOrdered(writer::write);
 * }</pre>
 */
public final class PortfolioGenerator {

  private final GeneratorConfig config;
  private final Segment[] segments = Segment.values();
  private final double[] shares;

  private PortfolioGenerator(GeneratorConfig config) {
    this.config = config;
    this.shares = new double[segments.length];
    for (Segment s : segments) {
      shares[s.ordinal()] = config.segmentShares().get(s);
    }
  }

  /** A generator for the given configuration. */
  public static PortfolioGenerator of(GeneratorConfig config) {
    return new PortfolioGenerator(Objects.requireNonNull(config, "config"));
  }

  /** The configuration. */
  public GeneratorConfig config() {
    return config;
  }

  /**
   * The applicant at {@code index} of the portfolio with {@code seed}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public SyntheticApplicant generate(long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, found " + index);
    }
    SplittableRandom root = Rand.forApplicant(seed, index);
    Segment segment = segments[Rand.pick(root, shares)];
    SegmentProfile p = SegmentProfile.of(segment);
    double z1 = root.nextGaussian();
    double z2 = root.nextGaussian();
    double capacity = p.capMean + p.capSd * z1;
    double willingness = p.willMean + p.willSd * (p.rho * z1 + Math.sqrt(1.0 - p.rho * p.rho) * z2);
    double pBad = config.outcome().probability(segment, capacity, willingness);
    boolean bad = root.nextDouble() < pBad;

    Draw d = new Draw(root.split(), config, seed, index, segment, capacity, willingness);
    var report = BureauSynth.report(d);
    AlternativeData alt = new AlternativeData(BillSynth.bills(d), BillSynth.rent(d), TaxSynth.taxRecords(d),
        IncomeSynth.mpf(d), IncomeSynth.socialInsurance(d));
    CreditFile file = SyntheticConsent.addTo(
        new CreditFile(ApplicationSynth.application(d), report, alt, List.of()), seed, index);
    return new SyntheticApplicant(index, file, segment, capacity, willingness, pBad, bad,
        PerformanceWindow.ofMonths(d.appDate, config.performanceMonths()));
  }

  /**
   * The applicants at indexes {@code from} to {@code from + count - 1}, as a parallel stream whose
   * encounter order is the index order (use {@code forEachOrdered} to write them in order).
   *
   * @throws IllegalArgumentException if {@code from} or {@code count} is negative or the last index
   *     would overflow an int
   */
  public Stream<SyntheticApplicant> stream(long seed, int from, int count) {
    checkRange(from, count);
    return IntStream.range(from, from + count).parallel().mapToObj(i -> generate(seed, i));
  }

  /**
   * The applicants at indexes {@code from} to {@code from + count - 1}, generated in parallel and
   * returned in index order as an immutable list.
   *
   * @throws IllegalArgumentException as {@link #stream(long, int, int)}
   */
  public List<SyntheticApplicant> batch(long seed, int from, int count) {
    return stream(seed, from, count).collect(Collectors.toUnmodifiableList());
  }

  private static void checkRange(int from, int count) {
    if (from < 0 || count < 0) {
      throw new IllegalArgumentException("from and count must not be negative, found " + from + " and " + count);
    }
    if ((long) from + count > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("from + count must not exceed " + Integer.MAX_VALUE);
    }
  }
}
