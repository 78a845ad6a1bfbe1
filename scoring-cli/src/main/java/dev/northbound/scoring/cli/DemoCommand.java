package dev.northbound.scoring.cli;

import dev.northbound.scoring.core.feature.FeatureExtractor;
import dev.northbound.scoring.core.model.ReasonCode;
import dev.northbound.scoring.features.catalogue.StandardFeatures;
import dev.northbound.scoring.models.decision.Approve;
import dev.northbound.scoring.models.decision.DecisionPolicy;
import dev.northbound.scoring.models.decision.DecisionReason;
import dev.northbound.scoring.toolkit.synthetic.GeneratorConfig;
import dev.northbound.scoring.toolkit.synthetic.PortfolioGenerator;
import dev.northbound.scoring.toolkit.training.StratifiedSplit;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The main job: the whole mission on a synthetic Greater Bay Area portfolio. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the whole mission end to end on a SYNTHETIC Greater Bay Area portfolio.",
        "Generates the portfolio, verifies every document, extracts features as of each application date, trains",
        "capacity and willingness scorecards, the combined grade and an XGBoost challenger, evaluates them on a",
        "held-out part, decides with a sample policy, and writes demo-report/report.html and report.json.",
        "A boosted willingness scorecard is trained on the willingness scorecard's data and shown beside it in the",
        "report; it decides nothing."})
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--size", defaultValue = "50000", paramLabel = "N", description = "Applicants (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--report", defaultValue = "demo-report", paramLabel = "DIR", description = "Report directory (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--replace-report",
      description = "Replace a previous report in a --report directory you name. Without it that directory must be new "
          + "or empty; the default demo-report is the demo's own and its previous report is always replaced. A "
          + "directory holding anything but a report is always refused.")
  boolean replaceReport;

  @Option(names = "--test-fraction", defaultValue = "0.25", paramLabel = "F", description = "Held-out share (default: ${DEFAULT-VALUE}).")
  double testFraction;

  @Override
  public Integer call() throws Exception {
    if (size < 2_000 || size > 2_000_000) {
      throw new UsageException("--size must be between 2,000 and 2,000,000, found " + size);
    }
    if (!(testFraction >= 0.1 && testFraction <= 0.5)) {
      throw new UsageException("--test-fraction must be between 0.1 and 0.5, found " + testFraction);
    }
    // The default directory is the demo's own: running the demo again replaces its previous report (and
    // still refuses a demo-report folder that holds anything else). A folder the user names needs the option.
    boolean replace = replaceReport || !spec.commandLine().getParseResult().hasMatchedOption("--report");
    ReportDirectories.check(report, replace);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    PortfolioGenerator generator = PortfolioGenerator.of(GeneratorConfig.defaults());
    Instant at = SourceDate.fromEnvironment().orElseGet(() -> generator.config().lastApplicationMonth()
        .plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    // The standard catalogue and the two features of the policy's thin-file path (no model uses them).
    FeatureExtractor extractor = StandardFeatures.withThinFileObligations();
    DecisionPolicy policy = DecisionPolicy.parse(policyJson(), extractor.schema(), Pseudonyms.fromEnvironment(err));
    DemoPortfolio portfolio = new DemoPortfolio(generator, seed, extractor, at, policy.consentScope());

    DemoPortfolio.Data data;
    try (ProgressBar bar = ProgressBar.create(err, "1/4 issue, verify, parse, extract", size)) {
      data = portfolio.build(size, bar::advance);
    }
    StratifiedSplit.TrainTest split = StratifiedSplit.trainTest(data.dataset(), testFraction, seed);
    DemoModels models;
    try (ProgressBar bar = ProgressBar.create(err, "2/4 train scorecards and XGBoost   ", 5)) {
      models = DemoModels.train(split.train(), extractor.schema(), seed, at, () -> bar.advance(1));
    }
    DemoEvaluation evaluation = new DemoEvaluation(split.train(), split.test(), data, models, extractor.schema());
    try (ProgressBar bar = ProgressBar.create(err, "3/4 decide the held-out part       ", split.test().rows())) {
      evaluation.decide(portfolio, models, policy, bar::advance);
    }
    DemoFigures.ThinFiles thin = DemoFigures.thinFiles(evaluation, evaluation.scoreable);
    DemoSummary summary = DemoSummary.of(size, seed, split.train(), split.test(), data.verified(), evaluation);
    DemoBoosted boosted = DemoBoosted.of(evaluation, models, split.test());
    try (ProgressBar bar = ProgressBar.create(err, "4/4 write the report               ", 1)) {
      ReportDirectories.write(replace,
          writer -> DemoReport.write(report, writer, summary, evaluation, models, thin, boosted, at));
      bar.advance(1);
    }
    print(out, summary, evaluation, thin, boosted, (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  private static String policyJson() throws java.io.IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("demo-policy.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void print(PrintWriter out, DemoSummary s, DemoEvaluation e, DemoFigures.ThinFiles thin, DemoBoosted boosted,
      double seconds) {
    out.printf(Locale.ROOT, "Northbound demo on a SYNTHETIC portfolio of %,d applicants (seed %d): %,d documents verified, "
        + "bad rate %.1f%%.%n", s.applicants(), s.seed(), s.verified(), s.badRate() * 100);
    out.printf(Locale.ROOT, "Trained on %,d, evaluated on %,d held out.%n%n", s.trainRows(), s.testRows());
    out.printf(Locale.ROOT, "  %-32s %6s %6s %9s%n", "model", "AUC", "KS", "approved");
    for (DemoEvaluation.ModelScores ms : e.models.values()) {
      boolean decides = ms.name().startsWith("Capacity x");
      out.printf(Locale.ROOT, "  %-32s %6.3f %6.3f %9s%n", ms.name(), ms.summary().auc(), ms.summary().ks().value(),
          decides ? String.format(Locale.ROOT, "%.1f%%", s.approvalRate() * 100) : "-");
    }
    out.printf(Locale.ROOT, "%n%s%n", boosted.summaryLine());
    out.printf(Locale.ROOT, "%nThin files (no HK bureau report): %,d held out. Scoreable on bureau data alone: 0; "
        + "with alternative data: %,d (%.0f%%).%n", s.thinFiles(), s.thinScoreable(),
        100.0 * s.thinScoreable() / Math.max(1, s.thinFiles()));
    out.printf(Locale.ROOT, "  AUC on thin files: willingness with alternative data %.3f, bureau data only %.3f.%n",
        s.thinAucWithAlternative(), s.thinAucBureauOnly());
    out.printf(Locale.ROOT, "  Approved: %,d with alternative data (realised bad rate %s), %,d with bureau data only (%s); "
        + "referred: %,d and %,d.%n", thin.withAlternative().get("APPROVE"),
        DemoThinFilePath.rate(thin.approvedBadsWithAlternative(), thin.withAlternative().get("APPROVE")),
        thin.bureauOnly().get("APPROVE"), DemoThinFilePath.rate(thin.approvedBadsBureauOnly(), thin.bureauOnly().get("APPROVE")),
        thin.withAlternative().get("REFER"), thin.bureauOnly().get("REFER"));
    thin.notApproved().reasons().stream().filter(r -> r.kind().equals(DemoFigures.POLICY_RULE)).findFirst()
        .ifPresent(top -> out.printf(Locale.ROOT, "  Policy rule hit most often by the %,d not approved: %s %s (%,d).%n",
            thin.notApproved().applicants(), top.code(), top.messageEn(), top.count()));
    DemoThinFilePath path = DemoThinFilePath.of(e);
    out.printf(Locale.ROOT, "  Path to approval: %,d of %,d thin files approved (%,d with the starter limit), realised bad "
        + "rate %s; second look decided %,d thick files on bureau data alone (%,d approved, bad rate %s).%n",
        path.approved(), path.thin(), path.starter(),
        Double.isNaN(path.thinApprovedBadRate()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * path.thinApprovedBadRate()),
        path.raised(), path.raisedApproved(), DemoThinFilePath.rate(path.raisedApprovedBads(), path.raisedApproved()));
    out.printf(Locale.ROOT, "%nDecisions (policy gba-demo-personal): %s%n", s.outcomes());
    for (DemoEvaluation.Decided d : s.examples()) {
      out.printf(Locale.ROOT, "%n  %s (%s): %s, grade %s (capacity %s, willingness %s)%n",
          DemoReport.SyntheticIds.of(s.seed(), d.index()), d.segment(), d.decision().outcome(), d.score().grade(),
          d.score().capacity().grade(), d.score().willingness().grade());
      d.decision().approvedLimit().ifPresent(l -> out.printf(Locale.ROOT, "    limit %s%s%n", l,
          d.decision() instanceof Approve a && a.termMonths().isPresent()
              ? " over " + a.termMonths().getAsInt() + " months" : ""));
      for (DecisionReason r : d.decision().rules()) {
        out.printf(Locale.ROOT, "    %-6s %s / %s%n", r.code(), r.messageEn(), r.messageZh());
      }
      for (ReasonCode r : DemoReport.topReasons(d)) {
        out.printf(Locale.ROOT, "    %-6s %s / %s%n", r.code(), r.messageEn(), r.messageZh());
      }
      String en = DemoReport.suggestions(d, true);
      if (!en.equals("-")) {
        out.printf(Locale.ROOT, "    would change it: %s / %s%n", en, DemoReport.suggestions(d, false));
      }
    }
    out.printf(Locale.ROOT, "%nReport: %s  (%.0f s)%n", report.resolve("report.html"), seconds);
  }
}
